package confirm

// acquisitionHooks names, for each function or method that acquires a
// resource (as types.Func.FullName spells it), the function of
// hooks/hooks.go that takes its two results, a value and an error, and
// returns them after registering the value. A call whose callee is not
// listed is left as it is.
var acquisitionHooks = map[string]string{
	"os.Open":                           "ConfirmFile",
	"os.Create":                         "ConfirmFile",
	"os.OpenFile":                       "ConfirmFile",
	"os.OpenInRoot":                     "ConfirmFile",
	"(*os.Root).Open":                   "ConfirmFile",
	"(*os.Root).Create":                 "ConfirmFile",
	"(*os.Root).OpenFile":               "ConfirmFile",
	"os.CreateTemp":                     "ConfirmFile",
	"net.Dial":                          "ConfirmConn",
	"net.DialTimeout":                   "ConfirmConn",
	"net.DialTCP":                       "ConfirmConn",
	"net.DialUDP":                       "ConfirmConn",
	"net.DialUnix":                      "ConfirmConn",
	"net.DialIP":                        "ConfirmConn",
	"(*net.Dialer).Dial":                "ConfirmConn",
	"(*net.Dialer).DialContext":         "ConfirmConn",
	"(*net.Dialer).DialTCP":             "ConfirmConn",
	"(*net.Dialer).DialUDP":             "ConfirmConn",
	"(*net.Dialer).DialUnix":            "ConfirmConn",
	"(*net.Dialer).DialIP":              "ConfirmConn",
	"net.ListenUDP":                     "ConfirmConn",
	"net.ListenUnixgram":                "ConfirmConn",
	"net.ListenIP":                      "ConfirmConn",
	"net.ListenMulticastUDP":            "ConfirmConn",
	"(net.Listener).Accept":             "ConfirmConn",
	"(*net.TCPListener).Accept":         "ConfirmConn",
	"(*net.TCPListener).AcceptTCP":      "ConfirmConn",
	"(*net.UnixListener).Accept":        "ConfirmConn",
	"(*net.UnixListener).AcceptUnix":    "ConfirmConn",
	"crypto/tls.Dial":                   "ConfirmConn",
	"crypto/tls.DialWithDialer":         "ConfirmConn",
	"(*crypto/tls.Dialer).Dial":         "ConfirmConn",
	"(*crypto/tls.Dialer).DialContext":  "ConfirmConn",
	"net.ListenPacket":                  "ConfirmPacketConn",
	"(*net.ListenConfig).ListenPacket":  "ConfirmPacketConn",
	"net.Listen":                        "ConfirmListener",
	"net.ListenTCP":                     "ConfirmListener",
	"net.ListenUnix":                    "ConfirmListener",
	"(*net.ListenConfig).Listen":        "ConfirmListener",
	"net/http.Get":                      "ConfirmResponse",
	"net/http.Head":                     "ConfirmResponse",
	"net/http.Post":                     "ConfirmResponse",
	"net/http.PostForm":                 "ConfirmResponse",
	"(*net/http.Client).Do":             "ConfirmResponse",
	"(*net/http.Client).Get":            "ConfirmResponse",
	"(*net/http.Client).Head":           "ConfirmResponse",
	"(*net/http.Client).Post":           "ConfirmResponse",
	"(*net/http.Client).PostForm":       "ConfirmResponse",
	"(*database/sql.DB).Query":          "ConfirmRows",
	"(*database/sql.DB).QueryContext":   "ConfirmRows",
	"(*database/sql.Conn).QueryContext": "ConfirmRows",
	"(*database/sql.Tx).Query":          "ConfirmRows",
	"(*database/sql.Tx).QueryContext":   "ConfirmRows",
	"(*database/sql.Stmt).Query":        "ConfirmRows",
	"(*database/sql.Stmt).QueryContext": "ConfirmRows",
}

// exitFunc is the function whose argument, in TestMain, is wrapped in the
// hook that writes the report before the process exits.
const exitFunc = "os.Exit"

// finishHook is that hook; it also runs, deferred, when TestMain returns.
const finishHook = "ConfirmFinish"
