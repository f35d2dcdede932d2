// The service runs on Linux only (its embedded PostgreSQL and watchdog): so does this tool, which references it.
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
