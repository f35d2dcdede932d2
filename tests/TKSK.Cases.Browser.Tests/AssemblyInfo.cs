// Like the service, the tests run on Linux (Debian's Chromium, a PostgreSQL cluster started with Unix tools).
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
