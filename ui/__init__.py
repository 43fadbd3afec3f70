"""Studio CRM's Qt front end."""
