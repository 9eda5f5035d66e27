package ui

import (
	"time"

	"fyne.io/fyne/v2"

	"kairos/storage"
)

// BackUpWhileRunning keeps rotating backups of store: one shortly after
// start unless one was made in the last hour, then one a day while Kairos
// runs (checked hourly, so a computer that slept still gets its daily
// backup). The returned stop waits for a backup under way to finish.
func BackUpWhileRunning(store *storage.Store) (stop func()) {
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		// The first backup waits a little, so as not to slow the window.
		wait, minAge := 3*time.Second, storage.StartBackupAge
		for {
			select {
			case <-done:
				return
			case <-time.After(wait):
			}
			if _, err := store.AutoBackup(time.Now(), minAge); err != nil {
				fyne.LogError("The automatic backup failed", err)
			}
			wait, minAge = time.Hour, storage.DailyBackupAge
		}
	}()
	return func() {
		close(done)
		<-finished
	}
}
