// Leaves an edge only some of its sources, each with its sentence, or deletes it when none is left.
// Parameters: $rows — [{id (element id), sources, evidence (as long as sources)}]
UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.id
FOREACH (_ IN CASE WHEN size(row.sources) = 0 THEN [1] ELSE [] END | DELETE r)
FOREACH (_ IN CASE WHEN size(row.sources) > 0 THEN [1] ELSE [] END | SET r.sources = row.sources, r.evidence = row.evidence)
