// Package funcreleasers calls functions it cannot see, function values
// that return a resource with the function that releases it: tx, cleanup,
// err := r.txSource(ctx). Calling that function, directly, deferred or
// through a helper that calls it, releases the resource.
package funcreleasers

import (
	"context"
	"database/sql"

	"funcreleasersdep"
)

type txCleanup func() error

type txFactory func(context.Context) (*sql.Tx, txCleanup, error)

type reader struct {
	txSource txFactory
}

// logOnError calls f and logs what it returns.
func logOnError(f func() error) { // want logOnError:"releases p0"
	if err := f(); err != nil {
		println(err.Error())
	}
}

// SafeDeferredHelper is fine: the deferred helper calls the cleanup.
func (r *reader) SafeDeferredHelper(ctx context.Context) error { // want SafeDeferredHelper:"keeps p1"
	tx, cleanup, err := r.txSource(ctx)
	if err != nil {
		return err
	}
	defer logOnError(cleanup)
	_, err = tx.ExecContext(ctx, "SELECT 1")
	return err
}

// SafeDeferredCall is fine.
func (r *reader) SafeDeferredCall(ctx context.Context) error { // want SafeDeferredCall:"keeps p1"
	tx, cleanup, err := r.txSource(ctx)
	if err != nil {
		return err
	}
	defer cleanup()
	_, err = tx.ExecContext(ctx, "SELECT 1")
	return err
}

// cleanupDropped drops the cleanup, and the transaction with it.
func (r *reader) cleanupDropped(ctx context.Context) error { // want cleanupDropped:"keeps p1"
	tx, _, err := r.txSource(ctx) // want `tx returned by r.txSource is neither committed nor rolled back`
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, "SELECT 1")
	return err
}

// cleanupSkipped returns before it calls the cleanup where the statement
// fails.
func (r *reader) cleanupSkipped(ctx context.Context) error { // want cleanupSkipped:"keeps p1"
	tx, cleanup, err := r.txSource(ctx) // want `tx returned by r.txSource is neither committed nor rolled back on all paths`
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "SELECT 1"); err != nil {
		return err
	}
	return cleanup()
}

// SafeImportedHelper is fine: the helper of another package calls the
// cleanup.
func (r *reader) SafeImportedHelper(ctx context.Context) error { // want SafeImportedHelper:"keeps p1"
	tx, cleanup, err := r.txSource(ctx)
	if err != nil {
		return err
	}
	defer funcreleasersdep.LogOnError(cleanup)
	_, err = tx.ExecContext(ctx, "SELECT 1")
	return err
}

// cleanupMaybe gives the cleanup to a helper that calls it only when
// asked.
func (r *reader) cleanupMaybe(ctx context.Context, run bool) error { // want cleanupMaybe:"keeps p1"
	tx, cleanup, err := r.txSource(ctx) // want `tx returned by r.txSource is neither committed nor rolled back`
	if err != nil {
		return err
	}
	defer funcreleasersdep.MaybeRun(run, cleanup)
	_, err = tx.ExecContext(ctx, "SELECT 1")
	return err
}
