// Like the service it runs (PostgreSQL as the 'postgres' account, /proc, signals): Linux and macOS only.
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
