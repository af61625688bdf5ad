"""The `bantin` command line: one entry point whose subcommands live in their own packages."""
