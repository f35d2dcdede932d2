// Linux only: the cluster runs as the 'postgres' account through runuser, with Unix file modes and /bin/sh.
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
