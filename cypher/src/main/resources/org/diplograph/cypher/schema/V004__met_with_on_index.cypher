// Whole-graph questions over a period (mostConnected) start from the meetings of that period.
CREATE INDEX met_with_on IF NOT EXISTS FOR ()-[m:MET_WITH]-() ON (m.on)
