"""Studio CRM core: models, domain rules, queries and the command line, with no Qt."""
