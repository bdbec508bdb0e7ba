// Whom have both Hulusi Akar and Najmeddin Sadikov met?
MATCH (:Official {id: 'TUR/hulusi-akar'})-[:MET_WITH]-(common:Official)-[:MET_WITH]-(:Official {id: 'AZE/najmeddin-sadikov'})
RETURN DISTINCT common.name AS metByBoth
