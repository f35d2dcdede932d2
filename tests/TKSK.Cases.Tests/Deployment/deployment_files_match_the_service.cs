using System.Net;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using JasperFx.CodeGeneration;
using static TKSK.Cases.Tests.Deployment.DeployFiles;

namespace TKSK.Cases.Tests.Deployment;

/// <summary>
/// deploy/ (the image, compose, Kubernetes, the proxy) checked against the service, since no container engine runs
/// here: every setting set there is one the service reads, the probes and the port are what it serves, the image
/// runs the published assembly built as the benchmark measured it, the schema step runs a command the service has,
/// nothing uses a development key. These read files only; <see cref="the_deployed_service_answers_its_probes"/> starts
/// the service with the Kubernetes settings.
/// </summary>
public sealed class deployment_files_match_the_service
{
    // Every file of deploy/ is read by a check below; a new one fails here until a check reads it too.
    private static readonly string[] CheckedFiles =
    [
        ".env.example", "Dockerfile", "Dockerfile.dockerignore", "README.md", "compose.yaml", "keycloak-tksk-console.json", "nginx.conf",
        "kubernetes/configmap.yaml", "kubernetes/deployment.yaml", "kubernetes/hpa.yaml", "kubernetes/job-db-apply.yaml",
        "kubernetes/pdb.yaml", "kubernetes/service.yaml",
    ];

    [Fact]
    public void every_file_in_deploy_is_one_these_checks_read()
    {
        var files = Directory.GetFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => f != ".env") // the operator's own secrets, git-ignored
            .Order(StringComparer.Ordinal);
        Assert.Equal(CheckedFiles.Order(StringComparer.Ordinal), files);
        // The Keycloak client is the console's: a public client sending people back to the console's sign-in route.
        var client = JsonNode.Parse(Read("keycloak-tksk-console.json"))!;
        Assert.True(client["publicClient"]!.GetValue<bool>());
        Assert.All(client["redirectUris"]!.AsArray(), uri => Assert.EndsWith("/masuk/selesai", uri!.GetValue<string>()));
        Assert.Contains("deploy/.env", File.ReadAllLines(Path.Combine(Repository, ".gitignore")));
        Assert.Contains("deploy/.env", File.ReadAllLines(Path.Combine(Folder, "Dockerfile.dockerignore")));
    }

    /// <summary>All the settings deploy/ gives the service, with where each is set.</summary>
    internal static IEnumerable<(string Where, string Name, string Value)> DeployedSettings()
    {
        foreach (var (name, value) in ImageEnvironment()) yield return ("Dockerfile", name, value);
        foreach (var (service, definition) in ComposeServiceContainers())
            foreach (var (name, value) in ComposeEnvironment(definition)) yield return ($"compose.yaml {service}", name, value);
        foreach (var (file, manifest) in Manifests().Where(m => Text(m.Manifest, "kind") is "Deployment" or "Job"))
            foreach (var container in ServiceContainers(manifest))
            {
                var environment = ContainerEnvironment(container);
                // A value Kubernetes fills in (the pod's IP) that only feeds another entry ($(POD_IP)) is no setting itself.
                foreach (var (name, value) in environment.Where(e => !(e.Value.StartsWith("field:") && environment.Values.Any(v => v.Contains($"$({e.Key})")))))
                    yield return ($"kubernetes/{file}", name, value);
            }
    }

    [Fact]
    public void every_setting_the_deploy_files_set_is_one_the_service_reads()
    {
        var settings = DeployedSettings().ToList();
        Assert.True(settings.Count > 20, $"only {settings.Count} settings found: is the parsing broken?");
        var unread = settings.Where(s => ServiceSettings.HowRead(s.Name) is null).Select(s => $"{s.Where}: {s.Name}").Distinct().ToList();
        Assert.True(unread.Count == 0, "Set in deploy/ but never read by the service:\n" + string.Join('\n', unread));
        // The way a node finds its database and signs people in must be set everywhere the service runs, not just somewhere.
        foreach (var where in settings.Select(s => s.Where).Distinct().Where(w => w != "Dockerfile"))
            Assert.Contains(settings, s => s.Where == where && s.Name == "ConnectionStrings__Marten");
    }

    [Fact]
    public void the_check_of_settings_refuses_a_name_the_service_does_not_read()
    {
        // The check itself must be able to fail: a misspelt key, a key under a real section, a made-up section.
        foreach (var wrong in new[] { "Auth__Jwt__Authorty", "ConnectionStrings__Postgres", "Webhooks__RetryForever", "Cluster__NodeName", "ASPNETCORE_URLS" })
            Assert.Null(ServiceSettings.HowRead(wrong));
        foreach (var right in new[] { "Auth__Jwt__Authority", "ConnectionStrings__Marten", "Webhooks__GiveUpAfter", "ForwardedHeaders__KnownProxies__3", "Urls" })
            Assert.NotNull(ServiceSettings.HowRead(right));
    }

    [Fact]
    public void secrets_come_from_outside_the_files_and_no_development_key_or_environment_is_used()
    {
        var developmentSettings = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository, "src", "TKSK.Cases", "appsettings.Development.json")))!;
        var developmentKey = developmentSettings["Auth"]!["Jwt"]!["SigningKey"]!.GetValue<string>();
        var developmentIssuer = developmentSettings["Auth"]!["Jwt"]!["Issuer"]!.GetValue<string>();
        foreach (var file in CheckedFiles)
        {
            var text = Read(file);
            Assert.DoesNotContain(developmentKey, text);
            Assert.DoesNotContain(developmentIssuer, text);
            if (file != "README.md")
                Assert.DoesNotMatch(new Regex(@"(ASPNETCORE|DOTNET)_ENVIRONMENT\W+Development", RegexOptions.IgnoreCase), text);
        }
        foreach (var (where, name, value) in DeployedSettings().Where(s => s.Name is "ConnectionStrings__Marten" or "Auth__Jwt__SigningKey"))
            Assert.True(value.StartsWith("secret:") || value.Contains("${"), $"{where}: {name} is written into the file instead of coming from a Secret or deploy/.env");
        // compose takes its secrets from deploy/.env: every ${NAME} it uses is in the committed example, which sets no key.
        var used = Regex.Matches(Read("compose.yaml"), @"\$\{([A-Z0-9_]+)").Select(m => m.Groups[1].Value).ToHashSet();
        var example = Read(".env.example").Split('\n').Where(l => Regex.IsMatch(l, "^[A-Z0-9_]+=")).ToDictionary(l => l.Split('=')[0], l => l.Split('=', 2)[1].Trim());
        Assert.Equal(used.Order(), example.Keys.Order());
        Assert.Equal("", example["AUTH_JWT_SIGNING_KEY"]);
    }

    [Fact]
    public void the_image_is_built_as_the_benchmark_measured_it_and_runs_the_published_assembly_as_a_non_root_user()
    {
        var all = DockerInstructions();
        var build = string.Join('\n', all.TakeWhile((_, i) => i < all.FindLastIndex(x => x.Instruction == "FROM")).Select(i => i.Arguments));
        Assert.Contains("--locked-mode", build);
        Assert.Matches(@"codegen write", build);
        Assert.Matches(@"dotnet publish \S+ -c Release", build);
        Assert.Contains("rm -f /app/appsettings.Development.json", build);

        var final = FinalStage();
        Assert.Matches(@"/dotnet/aspnet:10\.0$", final[0].Arguments);
        Assert.DoesNotContain(final, i => i.Arguments.Contains("sdk"));
        var user = final.Last(i => i.Instruction == "USER").Arguments;
        Assert.DoesNotMatch(@"^(root|0)(:|$)", user);
        Assert.Equal($"[\"dotnet\", \"{typeof(Program).Assembly.GetName().Name}.dll\"]", final.Single(i => i.Instruction == "ENTRYPOINT").Arguments);
        // The benchmark's figures were measured with the pre-generated code loaded statically.
        Assert.Equal(TypeLoadMode.Static, Enum.Parse<TypeLoadMode>(ImageEnvironment()["CodeGeneration__TypeLoadMode"]));
        Assert.Contains("/health/ready", final.Single(i => i.Instruction == "HEALTHCHECK").Arguments);
        Assert.Contains($"/{ServicePort()}", final.Single(i => i.Instruction == "HEALTHCHECK").Arguments);
    }

    /// <summary>The port the image listens on, from its Urls; ASPNETCORE_URLS would lose to appsettings.json's Urls.</summary>
    private static int ServicePort()
    {
        var environment = ImageEnvironment();
        Assert.False(environment.ContainsKey("ASPNETCORE_URLS"), "appsettings.json sets Urls, which overrides ASPNETCORE_URLS: set Urls");
        var url = new Uri(environment["Urls"]);
        Assert.Equal("0.0.0.0", url.Host); // reachable from outside the container
        return url.Port;
    }

    [Fact]
    public void probes_ports_and_the_proxy_point_at_what_the_service_serves()
    {
        var port = ServicePort();
        Assert.Equal(port.ToString(), FinalStage().Single(i => i.Instruction == "EXPOSE").Arguments);

        var deployment = Manifest("Deployment");
        Assert.Equal(3, int.Parse(Text(Map(deployment["spec"], "spec"), "replicas")!));
        var container = ServiceContainers(deployment).Single();
        var ports = List(container["ports"], "ports").Select(p => Map(p, "port")).ToDictionary(p => Text(p, "name")!, p => int.Parse(Text(p, "containerPort")!));
        Assert.Equal(port, ports["http"]);
        (string Path, string Port) Probe(string kind)
        {
            var get = Map(Map(container[kind], kind)["httpGet"], $"{kind}.httpGet");
            return (Text(get, "path")!, Text(get, "port")!);
        }
        Assert.Equal(("/health/ready", "http"), Probe("readinessProbe"));
        Assert.Equal(("/health/live", "http"), Probe("livenessProbe"));
        Assert.Equal(("/health/live", "http"), Probe("startupProbe"));

        var service = Map(Manifest("Service")["spec"], "Service spec");
        Assert.Equal("http", Text(Map(List(service["ports"], "ports").Single(), "port"), "targetPort"));
        Assert.NotEqual("ClientIP", Text(service, "sessionAffinity"));
        var selector = Map(service["selector"], "selector");
        var labels = Map(Map(Map(Map(deployment["spec"], "spec")["template"], "template")["metadata"], "metadata")["labels"], "labels");
        Assert.All(selector, s => Assert.Equal(s.Value, labels[s.Key]));
        Assert.Equal(Text(Map(deployment["metadata"], "metadata"), "name"),
            Text(Map(Map(Manifest("HorizontalPodAutoscaler")["spec"], "spec")["scaleTargetRef"], "scaleTargetRef"), "name"));
        Assert.All(Map(Map(Map(Manifest("PodDisruptionBudget")["spec"], "spec")["selector"], "selector")["matchLabels"], "matchLabels"),
            s => Assert.Equal(s.Value, labels[s.Key]));

        // compose: three nodes behind the proxy, round-robin onto the port the image listens on.
        var nodes = ComposeServiceContainers().Where(s => !s.Value.ContainsKey("command")).Select(s => s.Key).Order().ToList();
        Assert.Equal(3, nodes.Count);
        var (servers, sticky) = Proxy();
        Assert.False(sticky, "nginx.conf makes sessions sticky; every node serves every request");
        Assert.Equal(nodes.Select(n => $"{n}:{port}"), servers.Order());
    }

    /// <summary>The commands the service's command line offers: JasperFx commands are named by their [Description(Name = …)].</summary>
    private static HashSet<string> ServiceCommands()
    {
        var folder = Path.GetDirectoryName(typeof(Program).Assembly.Location)!;
        var names = new HashSet<string>();
        foreach (var dll in new[] { "JasperFx", "Weasel.Core", "Marten", "Wolverine", "TKSK.Cases" })
            foreach (var type in Assembly.LoadFrom(Path.Combine(folder, dll + ".dll")).GetTypes())
                foreach (var attribute in type.CustomAttributes.Where(a => a.AttributeType.Name == "DescriptionAttribute" && a.AttributeType.Namespace?.StartsWith("JasperFx") == true))
                    foreach (var named in attribute.NamedArguments.Where(n => n.MemberName == "Name"))
                        names.Add((string)named.TypedValue.Value!);
        return names;
    }

    [Fact]
    public void the_schema_step_runs_a_command_the_service_has_before_any_node_starts()
    {
        var commands = ServiceCommands();
        Assert.Contains("help", commands); // the lookup finds the command line's commands at all
        Assert.DoesNotContain("db-migrate", commands);

        var job = Manifest("Job");
        var args = List(ServiceContainers(job).Single()["args"], "Job args").Select(a => a.ToString()!).ToList();
        Assert.Equal(["db-apply"], args);
        Assert.Contains(args[0], commands);
        Assert.Equal(Text(ServiceContainers(Manifest("Deployment")).Single(), "image"), Text(ServiceContainers(job).Single(), "image"));

        var compose = ComposeServiceContainers();
        var schema = compose.Single(s => s.Value.ContainsKey("command"));
        var command = List(schema.Value["command"], "command").Select(a => a.ToString()!).ToList();
        Assert.Equal(["db-apply"], command);
        Assert.Contains(command[0], commands);
        foreach (var (name, node) in compose.Where(s => s.Key != schema.Key))
            Assert.Equal("service_completed_successfully", Text(Map(Map(node["depends_on"], $"{name}.depends_on")[schema.Key], "dependency"), "condition"));
    }
}
