// In which roles did Tod Wolters act on 6 February 2020? A role without dates always counts.
WITH date('2020-02-06') AS day
MATCH (o:Official {id: 'USA/tod-wolters'})-[r:REPRESENTS]->(body:Actor)
WHERE (r.from IS NULL OR r.from <= day) AND (r.to IS NULL OR r.to >= day)
RETURN r.title AS title, body.name AS body, r.from AS from, r.to AS to, r.sources AS sources
