// The service runs on Linux (the embedded PostgreSQL uses runuser, /bin/sh and Unix file modes).
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
