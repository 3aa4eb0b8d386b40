"""Reports: what supervisors act on."""
