// One import gives a library user the whole pipeline.
@_exported import DatelineArticles
@_exported import DatelineEvaluation
@_exported import DatelineNormalizer
@_exported import DatelineRendering
@_exported import DatelineTimeline
