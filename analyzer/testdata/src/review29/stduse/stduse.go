package stduse

import (
	"crypto/tls"
	"io"
	"net"
	"net/http"
	"os"
	"sync"

	"review29/std"
)

// S1 is fine: the standard logger keeps the file.
func S1(p string) error {
	f, err := os.Create(p)
	if err != nil {
		return err
	}
	std.SetOutput(f)
	return nil
}

// S2 is fine: the logger is returned with the file.
func S2(p string) (interface{ Print(...any) }, error) { // want S2:`r0 is \*log\.Logger`
	f, err := os.Create(p)
	if err != nil {
		return nil, err
	}
	return std.NewLogger(f, "", 0), nil
}

// S3 is fine: the global map keeps it.
var m sync.Map

func S3(p string) error {
	f, err := os.Create(p)
	if err != nil {
		return err
	}
	std.Store(&m, p, f)
	return nil
}

// S4: the reader is read and dropped: the file leaks.
func S4(p string) error {
	f, err := os.Open(p) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	br := std.NewReader(f)
	_, err = br.ReadString('\n')
	return err
}

// S5 is fine: returning the reader returns the file.
func S5(p string) (io.Reader, error) { // want S5:`r0 is \*bufio\.Reader`
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	return std.NewReader(f), nil
}

// S6: the scanner is dropped.
func S6(p string) error {
	f, err := os.Open(p) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	sc := std.NewScanner(f)
	for sc.Scan() {
	}
	return sc.Err()
}

// S7: MultiWriter is a borrower.
func S7(p string) error {
	f, err := os.Create(p) // want `f returned by os.Create is not closed`
	if err != nil {
		return err
	}
	w := std.MultiWriter(f, os.Stdout)
	_, err = w.Write(nil)
	return err
}

// S8: encoder dropped.
func S8(p string) error {
	f, err := os.Create(p) // want `f returned by os.Create is not closed`
	if err != nil {
		return err
	}
	return std.NewEncoder(f).Encode(1)
}

// S9 is fine: the timer closes it later.
func S9(p string) error {
	f, err := os.Create(p)
	if err != nil {
		return err
	}
	std.AfterFunc(0, func() { f.Close() })
	return nil
}

// S10: a finalizer does not count as closing (leakvet's view?).
func S10(p string) error {
	f, err := os.Create(p)
	if err != nil {
		return err
	}
	std.Finalizer(f, func(f *os.File) { f.Close() })
	return nil
}

// S11 is fine: Serve closes the listener when it returns.
func S11(addr string, h http.Handler) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return std.Serve(ln, h)
}

// S12 is fine: the TLS connection is returned.
func S12(addr string) (net.Conn, error) { // want S12:`r0 is \*crypto/tls\.Conn`
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	return std.TLSClient(c, &tls.Config{}), nil
}

// Was missed: io.Copy's fact says "keeps p1"; the borrowers table is not applied through an alias.
// S13: Copy reads the file, which then leaks.
func S13(p string, w io.Writer) error {
	f, err := os.Open(p) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	_, err = std.Copy(w, f)
	return err
}

// S14: TeeReader around the file, dropped.
func S14(p string, w io.Writer) error { // want S14:`keeps p1`
	f, err := os.Open(p) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	_, err = io.ReadAll(std.TeeReader(f, w))
	return err
}

// S15 is fine: returning the limited reader returns the file.
func S15(p string) (io.Reader, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	return std.LimitReader(f, 10), nil
}

// (no fact for the alias)
// S16: ReadAll leaves the file open.
func S16(p string) error {
	f, err := os.Open(p) // want `f returned by os.Open is not closed`
	if err != nil {
		return err
	}
	_, err = std.ReadAll(f)
	return err
}
