"""One CLI subcommand a module: each exposes add_parser(subparsers) and run(args) -> int."""
