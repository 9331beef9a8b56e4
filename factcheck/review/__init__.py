"""Editorial review: stable finding ids, decisions, baselines and statuses."""
