package postcsv_test

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"kairos/export"
	"kairos/model"
	"kairos/model/draw"
	"kairos/model/postcsv"
)

// The files Kairos exports read back as the posts they were made from.

const clientID = 7

var (
	olive    = model.Client{ID: clientID, Name: "Olive & Sea", Country: "GR", TimeZone: "Europe/Athens", Color: "#2E86AB"}
	channels = []model.Channel{
		{ID: 1, ClientID: clientID, Platform: model.Instagram, Handle: "@olive.travel"},
		{ID: 2, ClientID: clientID, Platform: model.Facebook, Handle: "Olive & Sea"},
	}
	exported = []model.Post{
		{ClientID: clientID, ChannelIDs: []int64{1, 2}, Date: model.NewDate(2027, 3, 14), Time: model.At(9, 30),
			Status: model.Scheduled, Type: model.Reel, Pillar: "Destinations", Text: "Sunrise over Santorini.\nWho's coming?",
			Hashtags: []string{"#santorini", "#greece"}, Link: "https://olive.travel/santorini",
			Media: []string{"https://cdn.olive.travel/a.jpg", "/home/ann/pics/b, final.jpg"}, Notes: "Ask Maria; credit her"},
		{ClientID: clientID, ChannelIDs: []int64{2}, Date: model.NewDate(2027, 3, 15), Time: model.NoClock,
			Status: model.Draft, Type: model.Text, Text: "Pack light, travel far"},
	}
)

// roundTrip writes posts in format f and reads them back with the guessed
// mapping.
func roundTrip(t *testing.T, f export.Format, order draw.DateOrder) []postcsv.Row {
	t.Helper()
	var buf bytes.Buffer
	opts := export.PlanOptions{Client: olive, Channels: channels, Stamp: time.Date(2026, 11, 25, 10, 0, 0, 0, time.UTC)}
	if err := f.Write(&buf, opts, exported); err != nil {
		t.Fatal(err)
	}
	rows, err := draw.ReadRows(&buf)
	if err != nil {
		t.Fatal(err)
	}
	m := postcsv.Guess(draw.FirstRow(rows))
	m.Dates, m.Zone = order, olive.Location()
	list, err := postcsv.Parse(rows, m, channels, clientID)
	if err != nil {
		t.Fatalf("%s:\n%s\n%v", f, buf.String(), err)
	}
	if len(list) != len(exported) {
		t.Fatalf("%s: %d posts read back, want %d", f, len(list), len(exported))
	}
	return list
}

func TestKairosFullExportReadsBackUnchanged(t *testing.T) {
	for i, r := range roundTrip(t, export.FormatCSV, draw.Auto) {
		if !reflect.DeepEqual(r.Post, exported[i]) {
			t.Errorf("post %d reads back as\n%+v\nwant\n%+v", i, r.Post, exported[i])
		}
	}
}

func TestPublerAndHootsuiteExportsReadBack(t *testing.T) {
	for _, tc := range []struct {
		format export.Format
		order  draw.DateOrder
	}{{export.FormatPubler, draw.Auto}, {export.FormatHootsuite, draw.DayFirst}} {
		for i, r := range roundTrip(t, tc.format, tc.order) {
			want := exported[i]
			at := want.Time
			if at == model.NoClock {
				at = export.UntimedAt // the bulk files need a time
			}
			p := r.Post
			if p.Date != want.Date || p.Time != at || p.Text != want.FullText() || p.Link != want.Link {
				t.Errorf("%s post %d reads back as %+v", tc.format, i, p)
			}
			if tc.format == export.FormatPubler && (p.Pillar != want.Pillar || (i == 0 && p.Type != model.Reel) ||
				(i == 0 && !reflect.DeepEqual(p.Media, want.Media[:1]))) {
				t.Errorf("Publer post %d reads back as %+v", i, p)
			}
		}
	}
}
