"""The rule engine: rule specs from YAML, rule kinds in Python, findings out."""
