package analyzer

// This file is leakvet's knowledge of APIs whose ownership rules cannot be
// read off their code: the standard library's exceptions to "a value with a
// Close method must be closed by whoever received it".

// notAcquisitions lists functions and methods whose results have a Close
// method but are owned by someone else, so the caller must not (or need
// not) close them.
var notAcquisitions = map[string]bool{
	// Close on a NopCloser does nothing.
	"io.NopCloser":        true,
	"io/ioutil.NopCloser": true,
	// The recorder's body is an in-memory NopCloser.
	"(*net/http/httptest.ResponseRecorder).Result": true,
	// Pipes of a command are closed by Wait.
	"(*os/exec.Cmd).StdinPipe":  true,
	"(*os/exec.Cmd).StdoutPipe": true,
	"(*os/exec.Cmd).StderrPipe": true,
	// Statements prepared on a transaction are closed with it.
	"(*database/sql.Tx).Prepare":        true,
	"(*database/sql.Tx).PrepareContext": true,
	"(*database/sql.Tx).Stmt":           true,
	"(*database/sql.Tx).StmtContext":    true,
	// Files made by NewFile from a reader have a Close that does nothing.
	"debug/elf.NewFile":      true,
	"debug/macho.NewFile":    true,
	"debug/macho.NewFatFile": true,
	"debug/pe.NewFile":       true,
	"debug/plan9obj.NewFile": true,
	// The underlying connection of a TLS connection belongs to it.
	"(*crypto/tls.Conn).NetConn": true,
}

// borrowers lists functions that use a resource passed to them, often by
// wrapping it in a reader or writer of their own, but never close it: the
// caller still owns the resource after the call. Without this table the
// wrappers, which keep the resource in a field, would count as new owners.
var borrowers = map[string]bool{
	"io.ReadAll": true, "io.Copy": true, "io.CopyN": true, "io.CopyBuffer": true,
	"io.ReadFull": true, "io.ReadAtLeast": true, "io.WriteString": true,
	"io.LimitReader": true, "io.TeeReader": true, "io.MultiReader": true,
	"io.MultiWriter": true, "io.NewSectionReader": true, "io.NewOffsetWriter": true,
	"io/ioutil.ReadAll": true,
	"bufio.NewReader":   true, "bufio.NewReaderSize": true, "bufio.NewWriter": true,
	"bufio.NewWriterSize": true, "bufio.NewScanner": true, "bufio.NewReadWriter": true,
	"(*bufio.Reader).Reset": true, "(*bufio.Writer).Reset": true,
	"encoding/json.NewDecoder": true, "encoding/json.NewEncoder": true,
	"encoding/xml.NewDecoder": true, "encoding/xml.NewEncoder": true,
	"encoding/gob.NewDecoder": true, "encoding/gob.NewEncoder": true,
	"encoding/csv.NewReader": true, "encoding/csv.NewWriter": true,
	"encoding/base64.NewDecoder": true, "encoding/base64.NewEncoder": true,
	"encoding/hex.NewDecoder": true, "encoding/hex.NewEncoder": true,
	"encoding/hex.Dumper": true, "encoding/pem.Encode": true,
	"compress/gzip.NewReader": true, "compress/gzip.NewWriter": true,
	"compress/gzip.NewWriterLevel": true, "compress/zlib.NewReader": true,
	"compress/zlib.NewWriter": true, "compress/zlib.NewWriterLevel": true,
	"compress/flate.NewReader": true, "compress/flate.NewWriter": true,
	"archive/tar.NewReader": true, "archive/tar.NewWriter": true,
	"archive/zip.NewReader": true, "archive/zip.NewWriter": true,
	"mime/multipart.NewReader": true, "mime/multipart.NewWriter": true,
	"net/textproto.NewReader": true, "net/textproto.NewWriter": true,
	"net/http.ReadRequest": true, "net/http.ReadResponse": true,
	"text/tabwriter.NewWriter": true, "(*text/tabwriter.Writer).Init": true,
	"log.New": true, "(*log.Logger).SetOutput": true, "log.SetOutput": true,
	"log/slog.NewJSONHandler": true, "log/slog.NewTextHandler": true,
	"fmt.Fprint": true, "fmt.Fprintf": true, "fmt.Fprintln": true,
	"fmt.Fscan": true, "fmt.Fscanf": true, "fmt.Fscanln": true,
	"fmt.Print": true, "fmt.Printf": true, "fmt.Println": true,
	"fmt.Sprint": true, "fmt.Sprintf": true, "fmt.Sprintln": true,
	"fmt.Errorf": true, "fmt.Append": true, "fmt.Appendf": true, "fmt.Appendln": true,
	"log.Print": true, "log.Printf": true, "log.Println": true,
	"(*log.Logger).Print": true, "(*log.Logger).Printf": true, "(*log.Logger).Println": true,
	"(*testing.common).Log": true, "(*testing.common).Logf": true,
	"(*testing.common).Error": true, "(*testing.common).Errorf": true,
}

// noReturnMethods lists interface methods that never return. Static calls
// are known to ctrlflow; calls through testing.TB are not.
var noReturnMethods = map[string]bool{
	"(testing.TB).Fatal": true, "(testing.TB).Fatalf": true, "(testing.TB).FailNow": true,
	"(testing.TB).Skip": true, "(testing.TB).Skipf": true, "(testing.TB).SkipNow": true,
}

// errorPredicates lists functions that report a property of a non-nil
// error: when one of them returns true for the error of an acquisition,
// the acquisition failed and there is nothing to close.
var errorPredicates = map[string]bool{
	"errors.Is": true, "errors.As": true,
	"os.IsNotExist": true, "os.IsExist": true, "os.IsPermission": true, "os.IsTimeout": true,
}

// exitsProcess lists the functions whose return ends the program, so that
// resources still open there are released by the operating system.
func exitsProcess(pkgName, name string) bool {
	return pkgName == "main" && name == "main"
}

// rowsNext is the method after whose false result the rows are closed.
const rowsNext = "(*database/sql.Rows).Next"

// Well-known resource types whose release is not a plain Close.
const (
	httpResponse = "net/http.Response" // released by Body.Close
	sqlTx        = "database/sql.Tx"   // released by Commit or Rollback
)
