// Package analyzer defines leakvet, an analysis that reports resources
// (files, connections, response bodies, SQL rows, statements and
// transactions, and any value with a Close method) that a function
// acquires and then fails to release on some path.
package analyzer

const doc = `report resources that are not closed on all paths

leakvet follows every path from the place a function acquires a resource
(a value with a Close method, an *http.Response body, an *sql.Tx) to the
function's returns, and reports the paths on which the value is neither
released nor handed over to an owner.`
