// Package closers has Close methods that release what a package variable
// holds, through one static call that returns an error: they do release
// something, and their values must be closed (review of buildsError,
// 53bc7a0).
package closers

import (
	"database/sql"
	"os"
	"strconv"
	"sync"
)

// db is the program's one database, as small services keep it.
var db *sql.DB

// Repo is the repository over the package's database.
type Repo struct{ table string }

// OpenRepo opens the database for the repository.
func OpenRepo(dsn, table string) (*Repo, error) {
	d, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	db = d
	return &Repo{table: table}, nil
}

// Close closes the database.
func (r *Repo) Close() error { return db.Close() }

func (r *Repo) Count() (int, error) {
	var n int
	err := db.QueryRow("SELECT count(*) FROM " + r.table).Scan(&n)
	return n, err
}

// countLeak never closes the database it opened.
func countLeak(dsn string) (int, error) {
	r, err := OpenRepo(dsn, "users") // want `r returned by OpenRepo is not closed`
	if err != nil {
		return 0, err
	}
	return r.Count()
}

// pidPath is where the running daemon records its pid.
var pidPath = "/var/run/daemon.pid"

// PidFile is the daemon's pid file, removed by Close.
type PidFile struct{ pid int }

// WritePid writes the pid file.
func WritePid() (*PidFile, error) {
	pid := os.Getpid()
	if err := os.WriteFile(pidPath, []byte(strconv.Itoa(pid)), 0o644); err != nil {
		return nil, err
	}
	return &PidFile{pid: pid}, nil
}

// Close removes the pid file.
func (p *PidFile) Close() error { return os.Remove(pidPath) }

func (p *PidFile) Pid() int { return p.pid }

// runLeak leaves the pid file behind when run fails.
func runLeak(run func(int) error) error {
	pf, err := WritePid() // want `pf returned by WritePid is not closed`
	if err != nil {
		return err
	}
	if err := run(pf.Pid()); err != nil {
		return err
	}
	return pf.Close()
}

// The shared file below is opened by the first Acquire and closed by the
// last Close: a Handle stands for one reference to it.
var (
	mu     sync.Mutex
	refs   int
	shared *os.File
)

// Handle is one reference to the shared file.
type Handle struct{ n int }

// Acquire takes a reference to the shared file, opening it first.
func Acquire(path string) (*Handle, error) {
	mu.Lock()
	defer mu.Unlock()
	if refs == 0 {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		shared = f
	}
	refs++
	return &Handle{n: refs}, nil
}

// release drops a reference, closing the file with the last one.
func release() error {
	mu.Lock()
	defer mu.Unlock()
	refs--
	if refs == 0 {
		err := shared.Close()
		shared = nil
		return err
	}
	return nil
}

// Close drops the handle's reference.
func (h *Handle) Close() error { return release() }

func (h *Handle) N() int { return h.n }

// peekLeak never drops its reference: the file stays open.
func peekLeak(path string) (int, error) {
	h, err := Acquire(path) // want `h returned by Acquire is not closed`
	if err != nil {
		return 0, err
	}
	return h.N(), nil
}
