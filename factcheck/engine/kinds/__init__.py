"""Rule kinds: one small pure module each, registered in factcheck.engine.registry."""
