// LOAD CSV baseline, same semantics as write/merge-sources.cypher. Parameters: $url, $batch
LOAD CSV WITH HEADERS FROM $url AS row
CALL {
  WITH row
  MERGE (s:Source {id: row.id})
  SET s.title = row.title, s.publisher = row.publisher, s.url = null, s.published = date(row.published)
} IN TRANSACTIONS OF $batch ROWS
