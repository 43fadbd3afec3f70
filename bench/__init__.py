"""The performance benchmark: `python -m bench` measures the interaction budget of DESIGN.md."""
