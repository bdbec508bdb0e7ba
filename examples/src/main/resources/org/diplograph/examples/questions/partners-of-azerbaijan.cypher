// Whom does Azerbaijan count as partners, and since when?
MATCH (:Country {id: 'AZE'})-[p:PARTNER_OF]-(partner:Actor)
RETURN partner.name AS partner, p.kind AS kind, p.since AS since, p.sources AS sources
ORDER BY partner
