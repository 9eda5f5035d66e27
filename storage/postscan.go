package storage

import (
	"database/sql"
	"strconv"
	"strings"
	"time"

	"kairos/model"
)

// postColumns are the columns postReader reads, in its order.
const postColumns = `p.id, p.client_id, p.day, p.time_min, p.status, p.content_type, p.pillar, p.body,
	p.hashtags, p.link, p.media, p.notes, unixepoch(p.created_at), unixepoch(p.updated_at), p.channel_ids`

// queryPosts reads the posts matching where (which may end in ORDER BY).
func queryPosts(q querier, where string, args ...any) ([]model.Post, error) {
	rows, err := q.Query(`SELECT `+postColumns+` FROM posts p WHERE `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	r := newPostReader()
	var list []model.Post
	for rows.Next() {
		p, err := r.read(rows)
		if err != nil {
			return nil, err
		}
		list = append(list, p)
	}
	return list, rows.Err()
}

// postReader turns rows of postColumns into posts. It reuses one set of
// scan targets and remembers the days it has parsed: a month view reads
// hundreds of rows, and per-row allocations were most of its cost.
type postReader struct {
	id, clientID                           int64
	day                                    sql.NullString
	clock, created, updated                sql.NullInt64
	status, kind, pillar, body, tags, link string
	media, notes, channels                 string
	dest                                   []any
	days                                   map[string]model.Date
}

func newPostReader() *postReader {
	r := &postReader{days: map[string]model.Date{}}
	r.dest = []any{&r.id, &r.clientID, &r.day, &r.clock, &r.status, &r.kind, &r.pillar, &r.body,
		&r.tags, &r.link, &r.media, &r.notes, &r.created, &r.updated, &r.channels}
	return r
}

func (r *postReader) read(row interface{ Scan(...any) error }) (model.Post, error) {
	if err := row.Scan(r.dest...); err != nil {
		return model.Post{}, err
	}
	p := model.Post{ID: r.id, ClientID: r.clientID, Time: model.NoClock,
		Status: model.Status(r.status), Type: model.ContentType(r.kind),
		Pillar: r.pillar, Text: r.body, Link: r.link, Notes: r.notes}
	date, ok := r.days[r.day.String]
	if !ok {
		var err error
		if date, err = model.ParseDate(r.day.String); err != nil {
			return p, err
		}
		r.days[r.day.String] = date
	}
	p.Date = date
	if r.clock.Valid {
		p.Time = model.Clock(r.clock.Int64)
	}
	p.Hashtags = strings.Fields(r.tags)
	if r.media != "" {
		p.Media = strings.Split(r.media, "\n")
	}
	p.Created, p.Updated = unixTime(r.created), unixTime(r.updated)
	p.ChannelIDs = parseIDs(r.channels)
	return p, nil
}

// parseIDs reads channel_ids: IDs separated by commas.
func parseIDs(s string) []int64 {
	if s == "" {
		return nil
	}
	ids := make([]int64, 0, strings.Count(s, ",")+1)
	for s != "" {
		var part string
		part, s, _ = strings.Cut(s, ",")
		if id, err := strconv.ParseInt(part, 10, 64); err == nil {
			ids = append(ids, id)
		}
	}
	return ids
}

// unixTime is a timestamp SQLite converted to seconds, or the zero time
// for one it could not read.
func unixTime(sec sql.NullInt64) time.Time {
	if !sec.Valid {
		return time.Time{}
	}
	return time.Unix(sec.Int64, 0).UTC()
}
