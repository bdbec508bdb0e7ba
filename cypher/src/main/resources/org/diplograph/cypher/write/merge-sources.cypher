// Creates or updates the :Source node of each FactSet.
// Parameters: $rows — [{id, title, publisher, url, published (date or null)}]
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.title = row.title, s.publisher = row.publisher, s.url = row.url, s.published = row.published
