"""Administration: users and roles."""
