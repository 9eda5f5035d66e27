package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"kairos/model"
	"kairos/model/sample"
	"kairos/storage"
)

// runSample writes the sample workspace into a new or empty data folder.
// It refuses a folder with anything in it, so it can never mix the sample
// into someone's real plans.
func runSample(env Env, dir string, args []string) error {
	if len(args) > 0 {
		return usageError{fmt.Sprintf("sample takes no arguments, got %q", args[0])}
	}
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("cannot read the data folder %s: %w", dir, err)
	}
	for _, e := range entries {
		if e.Name() != "preferences.json" { // Fyne's own settings file
			return fmt.Errorf("the folder %s is not empty; choose a new or empty folder for the sample workspace", dir)
		}
	}
	s, err := storage.Open(dir)
	if err != nil {
		return err
	}
	defer s.Close()
	today := model.DateOf(env.Now())
	ws := sample.Workspace(today)
	contests := sample.Contests(today)
	if err := s.InsertSample(ws, contests); err != nil {
		return err
	}
	channels, posts := 0, 0
	for _, b := range ws.Clients {
		channels += len(b.Channels)
		posts += len(b.Posts)
	}
	fmt.Fprintf(env.Stdout, "Created the sample workspace in %s: %d clients, %d channels, %d posts, %d contest.\n",
		s.Path(), len(ws.Clients), channels, posts, len(contests))
	return nil
}
