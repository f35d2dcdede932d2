using System.Text.RegularExpressions;
using TKSK.Cases.Browser.Tests.Support;
using TKSK.Cases.WebConsole;

namespace TKSK.Cases.Browser.Tests;

/// <summary>
/// The service answers the console's page at exactly the addresses the console's router draws: an address
/// only one of them knows would be a 404 on reload, or a page the router cannot draw.
/// </summary>
public sealed class console_routes_agree
{
    [Fact]
    public void the_service_serves_the_page_at_every_address_of_the_router_and_no_other()
    {
        var app = File.ReadAllText(Repository.PathTo("src", "TKSK.Cases", "wwwroot", "app.js"));
        var drawn = Regex.Matches(app, @"\{ path: ""(?<path>/[^""]*)""").Select(m => m.Groups["path"].Value).Order().ToList();
        Assert.NotEmpty(drawn);
        Assert.Equal(drawn, ConsolePages.Routes.Where(r => r != "/").Order());
    }
}
