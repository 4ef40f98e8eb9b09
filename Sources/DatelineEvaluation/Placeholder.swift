// Scoring lands here.
