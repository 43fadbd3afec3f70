"""The printable segment report: one painting function for preview, print, PDF and the CLI."""
