using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TKSK.Cases.Infrastructure;

namespace TKSK.Cases.Tests.Specs;

/// <summary>The stand-in sign-in exists only in Development; elsewhere nobody is signed in.</summary>
public sealed class development_sign_in
{
    private static async Task<string?> DefaultScheme(string environment)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddCaseAuthentication(new HostingEnvironment { EnvironmentName = environment });
        await using var provider = services.BuildServiceProvider();
        var schemes = provider.GetRequiredService<IAuthenticationSchemeProvider>();
        Assert.Equal(environment == Environments.Development, await schemes.GetSchemeAsync(DevelopmentAuthenticationHandler.SchemeName) is not null);
        return (await schemes.GetDefaultAuthenticateSchemeAsync())?.Name;
    }

    [Fact]
    public async Task is_the_default_scheme_in_development() =>
        Assert.Equal(DevelopmentAuthenticationHandler.SchemeName, await DefaultScheme(Environments.Development));

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    [InlineData("development-like")]
    public async Task cannot_be_enabled_in_any_other_environment(string environment) =>
        Assert.Equal(NoSignInHandler.SchemeName, await DefaultScheme(environment));
}
