// Placeholder until the benchmark lands (issue 3).
