package storage

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"kairos/model"
)

// crashEnv names the data folder of the crash test's child process.
const crashEnv = "KAIROS_CRASH_TEST_DIR"

const crashChanges = 1000

var crashDay = model.NewDate(2027, 1, 1)

// TestCrashChild is the process the crash test kills: it makes 1,000
// changes, alternately a new post ("change N") and a move of one post to
// day N, and prints "ack N" once change N is committed. Meanwhile it backs
// up over and over, so some kills land in the middle of a backup.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashEnv)
	if dir == "" {
		t.Skip("the child process of TestKilledProcessLosesNoAcknowledgedChange")
	}
	s, err := Open(dir)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	c := model.Client{Name: "Crash", Country: "GR", TimeZone: "Europe/Athens", Color: "#2E86AB"}
	must(s.CreateClient(&c))
	ch := model.Channel{ClientID: c.ID, Platform: model.Instagram, Handle: "@crash"}
	must(s.CreateChannel(&ch))
	mover := model.Post{ClientID: c.ID, ChannelIDs: []int64{ch.ID}, Date: crashDay, Time: model.At(9, 0),
		Status: model.Draft, Type: model.Photo, Text: "mover"}
	must(s.CreatePost(&mover))
	go func() {
		for {
			s.BackUpNow(time.Now(), nil)
		}
	}()
	fmt.Println("ack 0")
	for i := 1; i <= crashChanges; i++ {
		if i%2 == 1 {
			p := model.Post{ClientID: c.ID, ChannelIDs: []int64{ch.ID}, Date: crashDay.AddDays(i), Time: model.At(10, 0),
				Status: model.Draft, Type: model.Photo, Text: fmt.Sprintf("change %d", i)}
			must(s.CreatePost(&p))
		} else {
			_, _, err := s.MovePost(mover.ID, crashDay.AddDays(i), model.At(9, 0))
			must(err)
		}
		fmt.Printf("ack %d\n", i)
	}
	select {} // wait for the kill
}

func must(err error) {
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
}

// A process making 1,000 changes is killed with SIGKILL at a random
// moment, several times. Reopened, the database passes the integrity check
// and holds every change the process acknowledged; every backup it
// finished is sound, and a backup cut short left no file under a backup's
// name.
func TestKilledProcessLosesNoAcknowledgedChange(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills processes")
	}
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 2027))
	for round := range 5 {
		dir := t.TempDir()
		killAfter := 1 + rng.IntN(crashChanges-1)
		delay := time.Duration(rng.IntN(3000)) * time.Microsecond
		acked := runAndKill(t, dir, killAfter, delay)
		t.Logf("round %d: killed %s after ack %d; %d acknowledged", round, delay, killAfter, acked)
		checkAfterCrash(t, dir, acked)
	}
}

// runAndKill starts the child on dir, kills it delay after it acknowledged
// change killAfter, and returns the last change it acknowledged.
func runAndKill(t *testing.T, dir string, killAfter int, delay time.Duration) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var last atomic.Int64
	last.Store(-1)
	reached := make(chan struct{})
	read := make(chan error, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			line := sc.Text()
			if n, ok := strings.CutPrefix(line, "ack "); ok {
				v, _ := strconv.Atoi(n)
				last.Store(int64(v))
				if v == killAfter {
					close(reached)
				}
			} else if strings.HasPrefix(line, "error") {
				read <- fmt.Errorf("child: %s", line)
				return
			}
		}
		read <- sc.Err()
	}()
	select {
	case <-reached:
	case err := <-read:
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("the child stopped before ack %d: %v", killAfter, err)
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("no ack %d within two minutes", killAfter)
	}
	time.Sleep(delay)
	if err := cmd.Process.Kill(); err != nil { // SIGKILL
		t.Fatal(err)
	}
	cmd.Wait()
	<-read // everything it printed before dying was acknowledged
	return int(last.Load())
}

func checkAfterCrash(t *testing.T, dir string, acked int) {
	t.Helper()
	s, err := Open(dir)
	if err != nil {
		t.Fatalf("reopening after the kill: %v", err)
	}
	defer s.Close()
	if verdict, err := s.IntegrityCheck(); err != nil || verdict != "ok" {
		t.Errorf("integrity_check = %q, %v", verdict, err)
	}
	clients, err := s.Clients()
	if err != nil || len(clients) != 1 {
		t.Fatalf("clients after the kill: %v, %v", clients, err)
	}
	posts, err := s.PostsBetween(clients[0].ID, crashDay, crashDay.AddDays(crashChanges+1))
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]bool{}
	var day model.Date
	for _, p := range posts {
		texts[p.Text] = true
		if p.Text == "mover" {
			day = p.Date
		}
	}
	for i := 1; i <= acked; i += 2 {
		if !texts[fmt.Sprintf("change %d", i)] {
			t.Errorf("acknowledged change %d (a new post) is missing", i)
		}
	}
	if !texts["mover"] {
		t.Fatal("the moved post is missing")
	}
	lastMove := acked - acked%2
	if want := crashDay.AddDays(lastMove); day.Before(want) {
		t.Errorf("the moved post is on %s; acknowledged move %d put it on %s", day, lastMove, want)
	}
	list, err := ListBackups(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range list {
		if err := checkBackupFile(b.Path); err != nil {
			t.Errorf("backup %s: %v", filepath.Base(b.Path), err)
		}
	}
}
