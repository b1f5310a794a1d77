package runtime_test

import (
	"context"
	"errors"
	"io"
	"net"
	"slices"
	"sync"
	"testing"

	leakruntime "github.com/leakvet/leakvet/runtime"
)

// echoServer listens on 127.0.0.1 through a tracked listener and echoes
// each accepted connection until the client closes it. Stop it with the
// returned function, which waits for its goroutines.
func echoServer(t *testing.T, tr *leakruntime.Tracker) (addr string, stop func()) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	tl, err := leakruntime.WrapListener(l, tr)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			conn, err := tl.Accept()
			if err != nil {
				return // listener closed
			}
			wg.Go(func() {
				defer conn.Close()
				io.Copy(conn, conn)
			})
		}
	})
	return tl.Addr().String(), func() { tl.Close(); wg.Wait() }
}

func kinds(snap []leakruntime.Resource) []string {
	var out []string
	for _, r := range snap {
		out = append(out, r.Kind)
	}
	slices.Sort(out)
	return out
}

func TestDialerAndListenerTrackRealTCP(t *testing.T) {
	tr := leakruntime.New()
	addr, stop := echoServer(t, tr)
	d := &leakruntime.Dialer{Tracker: tr}
	conn, err := d.DialContext(context.Background(), "tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Write([]byte("ping")); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4)
	if _, err := io.ReadFull(conn, buf); err != nil || string(buf) != "ping" {
		t.Fatalf("echo = %q, %v", buf, err)
	}
	// The dialed conn, the accepted conn and the listener are all open.
	if got := kinds(tr.Snapshot()); !slices.Equal(got, []string{"net.Conn", "net.Conn", "net.Listener"}) {
		t.Fatalf("open kinds = %v", got)
	}
	//leakvet:ignore borrowed: NetConn returns the conn the tracked wrapper owns
	if _, ok := conn.(interface{ NetConn() net.Conn }).NetConn().(*net.TCPConn); !ok {
		t.Error("NetConn does not return the *net.TCPConn")
	}
	conn.Close()
	stop()
	if err := tr.Close(); err != nil {
		t.Fatalf("after closing everything: %v", err)
	}
}

func TestDialerReportsLeakedConn(t *testing.T) {
	srv := leakruntime.New() // the server's resources are not under test
	defer srv.Close()        // after stop(): the listener does not close srv
	addr, stop := echoServer(t, srv)
	defer stop()
	tr := leakruntime.New()
	defer tr.Close()
	conn, err := (&leakruntime.Dialer{Tracker: tr}).Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	rep := tr.Check()
	if len(rep.Leaks) != 1 || rep.Leaks[0].Name != "tcp "+addr {
		t.Fatalf("leaks = %+v, want the dialed conn named %q", rep.Leaks, "tcp "+addr)
	}
	if site := rep.Leaks[0].Stack[0].Function; site != thisPkg+"TestDialerReportsLeakedConn" {
		t.Errorf("conn reported as opened in %s", site)
	}
	conn.Close()
}

func TestDialerContextPath(t *testing.T) {
	srv := leakruntime.New()
	defer srv.Close()
	addr, stop := echoServer(t, srv)
	defer stop()
	tr := leakruntime.New()
	ctx := leakruntime.WithTracker(context.Background(), tr)
	conn, err := (&leakruntime.Dialer{}).DialContext(ctx, "tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_, isTCP := conn.(*net.TCPConn)
	n := len(tr.Snapshot())
	if leakruntime.Enabled && (n != 1 || isTCP) {
		t.Errorf("with the tag: %d tracked, unwrapped %v; want 1 tracked, wrapped", n, isTCP)
	}
	if !leakruntime.Enabled && (n != 0 || !isTCP) {
		t.Errorf("without the tag: %d tracked, unwrapped %v; want 0 tracked, unwrapped", n, isTCP)
	}
}

func TestClosedTrackerRefusesConns(t *testing.T) {
	srv := leakruntime.New()
	defer srv.Close()
	addr, stop := echoServer(t, srv)
	defer stop()
	tr := leakruntime.New()
	tr.Close()
	conn, err := (&leakruntime.Dialer{Tracker: tr}).Dial("tcp", addr)
	if err == nil {
		conn.Close()
	}
	if !errors.Is(err, leakruntime.ErrClosed) {
		t.Errorf("Dial after Close = %v, want ErrClosed", err)
	}

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	tl, err := leakruntime.WrapListener(l, tr)
	if err == nil {
		tl.Close()
	}
	if !errors.Is(err, leakruntime.ErrClosed) {
		t.Errorf("WrapListener after Close = %v, want ErrClosed", err)
	}
	// The refused listener was closed for the caller: Accept fails.
	if c, err := l.Accept(); err == nil {
		c.Close()
		t.Error("refused listener was left open")
	}
}
