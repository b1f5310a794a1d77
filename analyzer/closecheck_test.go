package analyzer_test

import (
	"testing"

	"github.com/leakvet/leakvet/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// scenarios are the packages under testdata/src, one theme each.
var scenarios = []string{
	"basic", "errpath", "errmarks", "errmarksuse", "netkinds", "passthrough", "dormantlog", "plainjson", "transfer", "closures", "loops", "generics",
	"wrappers", "ifaces", "sqlcases", "exits", "mainpkg", "suppress", "factsdep", "factsuse", "peers",
	"borrowing",
	"retries", "heldout",
	"ownedlocal",
	"locks", "locksdep", "locksuse", "lockdropin",
	"inertdep", "inertuse", "globaldep", "globaluse", "codecdep", "codecuse", "rowiterdep", "rowiteruse",
	"retrydep", "retryuse", "errfield", "filelockdep", "filelockuse", "bodycopydep", "bodycopyuse", "closealldep", "closeall", "stubdep", "stubuse", "ctxvaldep", "ctxvaluse", "cleanupdep", "cleanupuse", "lockrelock", "entviews", "cleanupbind", "registered", "sharedconn", "flightgroup", "cancelledreq/must", "cancelledreq", "commaok", "nilwrapped", "customerr",
	"review37/cancel", "review37/commaok", "review37/crash", "review37/defkeep", "review37/drain",
	"review37/generic", "review37/nilerr", "review37/reg",
	"review38/funcfield", "review38/ptrmutex", "review38/recoverdep", "review38/noreturn", "review38/guarddep", "review38/closedguard",
	"review38/fluentdep", "review38/fluent", "review38/fluentown",
	"lazyconn/dep", "lazyconn", "failhelper", "flagbuffer", "selfclosing/dep", "selfclosing", "fluent/dep", "fluent",
	"decorators/dep", "decorators", "wrapcalls", "cachedclients", "closedsignal", "faults", "emptyheld", "idlefield/dep", "idlefield", "startedloops", "pooledresults/dep", "pooledresults", "signalledclose/dep", "signalledclose", "handlerstreams", "flagparams",
	"review39/wrap", "review39/store", "review39/closedsig", "review39/deco/dep", "review39/deco", "review39/fault", "review39/empty",
	"review40/hook", "review40/relay", "review40/idlebind/dep", "review40/idlebind", "review40/idlefd/dep", "review40/idlefd", "review40/idlestore", "review40/idlepick/dep", "review40/idlepick", "review40/wc", "review40/likely",
	"review41/ferr1", "review41/flag1", "review41/hs1", "review41/sig1/dep", "review41/sig1", "review41/wlock1", "review41/wlock2",
	"goflags", "scanners", "racers", "maderesponses", "lazycaches/cache", "lazycaches", "syscallconns",
	"review42/bodiless", "review42/dataimpls", "review42/generics/gen", "review42/generics", "review42/goflags", "review42/ifacepred", "review42/ifacepred/user",
	"review42/ownchans", "review42/ownflags", "review42/racers", "review42/selfclose", "review42/selfclose/user", "review42/strategies", "review42/sysconns",
	"fixtures", "storedconsts", "lockstate", "lockwaits", "handlecopies", "loadorstore", "errcodes", "cacheflags/internal/filecache", "cacheflags", "seams", "stoppers", "deferholder", "stubs/fake", "stubs", "drainedparams", "connsessions/dep", "connsessions", "sharedbranches", "loopdefers",
	"review43/bodiless", "review43/deferholder", "review43/drained/dep", "review43/drained", "review43/loopdecls", "review43/middleerr", "review43/retrytarget",
	"review44/fixtures", "review44/fixtures/user", "review44/storedconsts", "review44/lockstate",
	"review44/errcodes", "review44/cacheflags", "review44/cacheflags/user",
	"review46/empty/mon/probe", "review46/empty/mon", "review46/empty/dep", "review46/empty",
	"review46/capture/api", "review46/capture/core", "review46/capture/dep", "review46/capture",
	"review46/shortwrite", "review46/casecond",
	"review45/locks/dep", "review45/locks", "review45/copies/dep", "review45/copies", "review45/slots", "review45/niltests",
	"shortwrites", "inertfuncfields", "loopturns", "locktoggles", "shutdowngoroutines", "unreadbytes", "drawpaths", "nestedencoders", "review47/goroutines", "review47/inert/rows", "review47/inert/netrows", "review47/inert/canvas", "review47/inert/app", "review47/inert/app2", "review47/locks", "review47/loops", "review47/parts", "review47/unread", "inertfuncfields/files", "readonlycaptures/api", "readonlycaptures/core", "readonlycaptures/dep", "readonlycaptures",
	"review43/seams", "review43/seams/user", "review43/sessions/dep", "review43/sessions", "review43/sharedvars", "review43/stoppers", "review43/stubs",
	"review",
	// Real leaks that rules removing false alarms once hid, one package
	// per rule.
	"soundness/releasers", "soundness/lockholders", "soundness/partsdep", "soundness/partsuse",
	"soundness/slots", "soundness/doers", "soundness/copies", "soundness/views", "soundness/spills",
	"soundness/recursion", "soundness/review13", "soundness/review14", "soundness/review15", "soundness/review16", "soundness/review17",
	"soundness/review18/dep", "soundness/review18/use", "soundness/review18/empty", "soundness/review18/wrap",
	"soundness/review19/a", "soundness/review19/b", "soundness/review20",
	"review21/getters", "review21/kvapi", "review21/kvfile", "review21/wiring", "review21/redisdep",
	"review21/closers", "review21/inmem", "review21/ownerr",
	"review22/a", "review22/b", "review22/c", "review22/d", "review22/e", "review22/f",
	"review23/api", "review23/util", "review23/a", "review23/b", "review23/c", "review23/d", "review23/e",
	"review23/f", "review23/g", "review23/r", "review23/s",
	"review24/a", "review24/b", "review24/c", "review24/d", "review24/e", "review24/f", "review24/g",
	"review24/h", "review24/i", "review24/j", "review24/k", "review24/l", "review24/m", "review24/n",
	"review24/o", "review24/p",
	"review25/api", "review25/idep", "review25/a", "review25/b", "review25/b2", "review25/c", "review25/d",
	"review25/e", "review25/f", "review25/g", "review25/h", "review25/i", "review25/j", "review25/k", "review25/l",
	"review25/m", "review25/n", "review25/o", "review25/q",
	"assertlib/assert", "assertlib/require", "assertuse",
	"review26/a", "review26/b", "review26/c", "review26/d", "review26/f",
	"review27/a", "review27/b", "review27/c", "review27/d", "review27/e", "review27/fdep", "review27/f", "review27/g", "review27/h",
	"review28/dep", "review28/a", "review28/a2", "review28/b", "review28/c", "review28/ew2",
	"review29/dep", "review29/hook", "review29/a", "review29/a2", "review29/logs", "review29/std", "review29/stduse",
	"review29/ibase", "review29/inet", "review29/irepo", "review29/iuse", "review29/iuse2",
	"review29/gbase", "review29/grepo", "review29/guse", "review29/orepo", "review29/ouse",
	"review30/getdep", "review30/getuse", "review30/inertdep", "review30/inertuse", "review30/rel", "review30/stub",
	"review31/passopenat", "review31/funcfield", "review31/nilref", "review31/optsclosure", "review31/optsdep", "review31/optsuse",
	"review31/dormantloop", "review31/releasefill", "review31/netassert", "review31/valuecopy", "review31/fillsdep", "review31/fillsuse",
	"review32/byvalfield", "review32/constparse", "review32/deadgoos", "review32/deferpanic", "review32/drainescape", "review32/drainexp", "review32/drainexpuse", "review32/endsalike", "review32/flagleak", "review32/helperlock", "review32/lenguard", "review32/overwrite", "review32/ownedshared", "review32/wrapprov",
	"review33/bodygzip", "review33/bodymax", "review33/bodysafe", "review33/factoryuse", "review33/objuse", "review33/pooluse", "review33/preddiff", "review33/predfield", "review33/prednilglobal", "review33/rawdep", "review33/rawuse", "review33/regdep", "review33/reguse",
	// Calls through interfaces resolved by their implementations.
	"implsdep", "implsuse",
	// Dynamic types of a package the caller imports only indirectly.
	"iterbase", "iterrepo", "iteruse",
	// Getters, named as Go names them, of interfaces implemented elsewhere.
	"gettersdep", "gettersuse",
	// Accessors of interfaces implemented elsewhere, by the package's use.
	"accessorsdep", "accessorsuse", "accessorsone",
	// Methods that move what Close releases into their result.
	"movesdep", "movesuse",
	// Release methods other than Close.
	"siblings",
	// Collectors whose Close drains the queue it closes.
	"collectdep", "collectuse",
	// Workers that the goroutine their constructor starts closes when the caller's context ends.
	"workers",
	// A package's own Error interface, returned last as error is.
	"errspace/netstack", "errspace",
	// Fields of local structs that a deferred closure closes.
	"deferfields",
	// Locks taken in closures that a helper calls.
	"lockhelpers",
	// Function-valued fields set to closures that functions of the package make.
	"providers",
	// Parses of constants that cannot fail.
	"consterrors",
	// Addresses of fields that a value holds by value.
	"fieldaddrs",
	// Constructors that leave empty what Close releases.
	"emptyctors", "emptydep", "emptyuse",
	// Values that close themselves where a flag of their own says so.
	"selfclose",
	// Values whose Close does nothing while the flag their constructor
	// set holds (a single-use transaction).
	"singleusedep", "singleuse",
	// Releases returned by code the analysis cannot see, and helpers
	// that call them.
	"funcreleasersdep", "funcreleasers",
}

// TestScenarios checks the diagnostics and facts of every scenario. The
// packages are loaded together so that the standard library is analyzed
// once.
func TestScenarios(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), analyzer.Analyzer, scenarios...)
}

// TestSuggestedFixes applies every suggested fix and compares the result
// with the .golden files.
func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), analyzer.Analyzer, "fixes", "lockfix")
}

// TestTakeOver checks, with the takeover setting on, the parameters that a
// function takes over and then leaks.
func TestTakeOver(t *testing.T) {
	a, err := analyzer.New(analyzer.Settings{TakeOver: true})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "takeover")
}

// TestNoLocks checks that the NoLocks setting turns the lock check off.
func TestNoLocks(t *testing.T) {
	a, err := analyzer.New(analyzer.Settings{NoLocks: true})
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "locksoff")
}
