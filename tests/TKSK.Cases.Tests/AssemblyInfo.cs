// Like the service, the tests run on Linux (their PostgreSQL cluster uses Unix tools and file modes).
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
