using Microsoft.Extensions.Configuration;
using TKSK.Cases.Cluster;

namespace TKSK.Cases.Tests.Specs;

/// <summary>What a node calls its own address in the cluster view: what an operator can open, not "every interface".</summary>
public sealed class cluster_address_rules
{
    private static string? AddressOf(params (string Key, string Value)[] settings) => ClusterView.AddressOf(
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Theory]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://[::]:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://+:8080/")]
    public void a_node_bound_to_every_interface_is_named_by_its_host_name(string urls) =>
        Assert.Equal($"http://{Environment.MachineName}:8080", AddressOf(("Urls", urls)));

    [Fact]
    public void the_address_set_wins_and_otherwise_the_first_url_is_taken()
    {
        Assert.Equal("http://10.1.2.3:8080", AddressOf(("Cluster:Address", "http://10.1.2.3:8080/"), ("Urls", "http://0.0.0.0:8080")));
        Assert.Equal("http://127.0.0.1:5091", AddressOf(("Urls", "http://127.0.0.1:5091;http://127.0.0.1:5092")));
    }
}
