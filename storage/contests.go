package storage

import (
	"database/sql"
	"errors"
	"slices"
	"strings"
	"time"

	"kairos/model"
	"kairos/model/contest"
	"kairos/model/msg"
)

const contestColumns = `id, client_id, name, kind, start_at, end_at, zone, prize, prize_quantity, prize_value,
	currency, regions, min_age, rules_link, sponsor_name, sponsor_address, status, created_at, updated_at`

func scanContest(row interface{ Scan(...any) error }) (contest.Contest, error) {
	var (
		c                        contest.Contest
		kind, status, regions    string
		start, end, made, edited string
	)
	err := row.Scan(&c.ID, &c.ClientID, &c.Name, &kind, &start, &end, &c.Zone, &c.Prize.Description,
		&c.Prize.Quantity, &c.Prize.Value, &c.Prize.Currency, &regions, &c.MinAge, &c.RulesLink,
		&c.SponsorName, &c.SponsorAddress, &status, &made, &edited)
	if err != nil {
		return c, err
	}
	c.Kind, c.Status, c.Regions = contest.Kind(kind), contest.Status(status), strings.Fields(regions)
	loc := c.Location()
	for dst, src := range map[*time.Time]string{&c.Start: start, &c.End: end, &c.Created: made, &c.Updated: edited} {
		t, err := time.Parse(time.RFC3339, src)
		if err != nil {
			return c, err
		}
		*dst = t.In(loc)
	}
	return c, nil
}

// contestValues are the columns from client_id to status, in table order.
func contestValues(c contest.Contest) []any {
	return []any{c.ClientID, c.Name, string(c.Kind), utcStamp(c.Start), utcStamp(c.End), c.Zone,
		c.Prize.Description, c.Prize.Quantity, c.Prize.Value, c.Prize.Currency, strings.Join(c.Regions, " "),
		c.MinAge, c.RulesLink, c.SponsorName, c.SponsorAddress, string(c.Status)}
}

func utcStamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// Contests lists a client's contests, soonest start first.
func (s *Store) Contests(clientID int64) ([]contest.Contest, error) {
	return contestsWhere(s.db, `client_id = ? ORDER BY start_at, id`, clientID)
}

// Contest returns one contest, or ErrNotFound.
func (s *Store) Contest(id int64) (contest.Contest, error) { return contestIn(s.db, id) }

func contestIn(q querier, id int64) (contest.Contest, error) {
	list, err := contestsWhere(q, `id = ?`, id)
	if err != nil {
		return contest.Contest{}, err
	}
	if len(list) == 0 {
		return contest.Contest{}, sentence(ErrNotFound, "That contest no longer exists (it was deleted).")
	}
	return list[0], nil
}

func contestsWhere(q querier, where string, args ...any) ([]contest.Contest, error) {
	rows, err := q.Query(`SELECT `+contestColumns+` FROM contests WHERE `+where, args...)
	if err != nil {
		return nil, err
	}
	var list []contest.Contest
	for rows.Next() {
		c, err := scanContest(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		list = append(list, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range list {
		if err := fillContestChannels(q, &list[i]); err != nil {
			return nil, err
		}
	}
	return list, nil
}

// fillContestChannels sets the contest's channels and their platforms.
func fillContestChannels(q querier, c *contest.Contest) error {
	rows, err := q.Query(`SELECT ch.id, ch.platform FROM contest_channels cc JOIN channels ch ON ch.id = cc.channel_id
		WHERE cc.contest_id = ? ORDER BY ch.id`, c.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	c.ChannelIDs, c.Platforms = nil, nil
	for rows.Next() {
		var (
			id       int64
			platform string
		)
		if err := rows.Scan(&id, &platform); err != nil {
			return err
		}
		c.ChannelIDs = append(c.ChannelIDs, id)
		if !containsPlatform(c.Platforms, model.Platform(platform)) {
			c.Platforms = append(c.Platforms, model.Platform(platform))
		}
	}
	return rows.Err()
}

func containsPlatform(list []model.Platform, p model.Platform) bool {
	for _, q := range list {
		if q == p {
			return true
		}
	}
	return false
}

// prepareContest normalises c, fills its platforms from the client's own
// channels (a channel of another client is refused) and validates it.
func prepareContest(tx *sql.Tx, c *contest.Contest) error {
	c.Normalize()
	channels, err := channelsOf(tx, c.ClientID)
	if err != nil {
		return err
	}
	byID := map[int64]model.Channel{}
	for _, ch := range channels {
		byID[ch.ID] = ch
	}
	c.Platforms = nil
	for _, id := range c.ChannelIDs {
		ch, ok := byID[id]
		if !ok {
			return model.Problems{model.Problem("channels", "One of the chosen channels no longer belongs to this client: choose the channels again.")}
		}
		if !containsPlatform(c.Platforms, ch.Platform) {
			c.Platforms = append(c.Platforms, ch.Platform)
		}
	}
	return c.Validate()
}

// CreateContest validates c and stores it with the checklist its platforms,
// regions and kind call for. With keyPosts, a draft post is made for each
// key date. All of it is one transaction.
func (s *Store) CreateContest(c *contest.Contest, keyPosts bool) error {
	return s.inTx(func(tx *sql.Tx) error { return insertContest(tx, c, keyPosts) })
}

func insertContest(tx *sql.Tx, c *contest.Contest, keyPosts bool) error {
	templates, err := contest.Builtin()
	if err != nil {
		return err
	}
	if err := prepareContest(tx, c); err != nil {
		return err
	}
	c.Status = contest.Planning
	stamp := now()
	res, err := tx.Exec(`INSERT INTO contests (client_id, name, kind, start_at, end_at, zone, prize,
		prize_quantity, prize_value, currency, regions, min_age, rules_link, sponsor_name, sponsor_address,
		status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		append(contestValues(*c), stamp, stamp)...)
	if err != nil {
		return clientGone(err)
	}
	if c.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	if err := setContestChannels(tx, *c); err != nil {
		return err
	}
	for _, it := range contest.Applicable(templates, *c) {
		if err := insertItem(tx, &it); err != nil {
			return err
		}
	}
	if !keyPosts {
		return nil
	}
	zone, err := clientZone(tx, c.ClientID)
	if err != nil {
		return err
	}
	for _, k := range contest.KeyDates(*c) {
		if _, err := insertKeyPost(tx, *c, k, zone); err != nil {
			return err
		}
	}
	return nil
}

// insertKeyPost makes the draft post for one key date and links it.
func insertKeyPost(tx *sql.Tx, c contest.Contest, k contest.KeyDate, zone *time.Location) (model.Post, error) {
	p := contest.KeyPost(c, k, zone)
	if err := insertPost(tx, &p); err != nil {
		return p, err
	}
	_, err := tx.Exec(`INSERT INTO post_contests (post_id, contest_id, kind) VALUES (?, ?, ?)`, p.ID, c.ID, string(k.Kind))
	return p, err
}

// AddKeyPost makes a new draft post for one key date of a contest, for
// example after its first one was deleted.
func (s *Store) AddKeyPost(contestID int64, kind contest.KeyKind) (model.Post, error) {
	var p model.Post
	err := s.inTx(func(tx *sql.Tx) error {
		c, err := contestIn(tx, contestID)
		if err != nil {
			return err
		}
		zone, err := clientZone(tx, c.ClientID)
		if err != nil {
			return err
		}
		for _, k := range contest.KeyDates(c) {
			if k.Kind == kind {
				p, err = insertKeyPost(tx, c, k, zone)
				return err
			}
		}
		return tooShort(kind)
	})
	return p, err
}

// tooShort says that a contest has no date for a key post of kind.
func tooShort(kind contest.KeyKind) error {
	switch kind {
	case contest.Announcement:
		return sentence(ErrNotFound, "This contest is too short to have an announcement post.")
	case contest.Reminder:
		return sentence(ErrNotFound, "This contest is too short to have a reminder post.")
	case contest.LastCall:
		return sentence(ErrNotFound, "This contest is too short to have a last-call post.")
	case contest.Winners:
		return sentence(ErrNotFound, "This contest is too short to have a winner announcement post.")
	}
	return sentence(ErrNotFound, "This contest is too short to have that post.")
}

// keyPostFailed says which key post of a contest could not follow its
// change, dated day, and why.
func keyPostFailed(kind contest.KeyKind, contestName string, day model.Date, err error) error {
	pairs := []any{"Contest", contestName, "Date", day, "Reason", explain(err)}
	switch kind {
	case contest.Announcement:
		return sentence(err, "The announcement post of \"{{.Contest}}\" ({{.Date}}) could not be updated. {{.Reason}}", pairs...)
	case contest.Reminder:
		return sentence(err, "The reminder post of \"{{.Contest}}\" ({{.Date}}) could not be updated. {{.Reason}}", pairs...)
	case contest.LastCall:
		return sentence(err, "The last-call post of \"{{.Contest}}\" ({{.Date}}) could not be updated. {{.Reason}}", pairs...)
	case contest.Winners:
		return sentence(err, "The winner announcement post of \"{{.Contest}}\" ({{.Date}}) could not be updated. {{.Reason}}", pairs...)
	}
	return sentence(err, "A post of \"{{.Contest}}\" ({{.Date}}) could not be updated. {{.Reason}}", pairs...)
}

// UpdateContest validates and saves c. In the same transaction its
// checklist follows a change of platforms, regions or kind (items already
// ticked or waived stay), its unpublished key-date posts move with its
// dates, and a Ready contest with a newly open required item goes back to
// Planning. It returns the posts that moved, as they are now.
func (s *Store) UpdateContest(c *contest.Contest) (moved []model.Post, err error) {
	templates, err := contest.Builtin()
	if err != nil {
		return nil, err
	}
	err = s.inTx(func(tx *sql.Tx) error {
		old, err := contestIn(tx, c.ID)
		if err != nil {
			return err
		}
		c.ClientID, c.Status = old.ClientID, old.Status
		if err := prepareContest(tx, c); err != nil {
			return err
		}
		items, err := itemsOf(tx, c.ID)
		if err != nil {
			return err
		}
		add, remove := contest.Sync(items, templates, *c)
		for _, it := range add {
			if err := insertItem(tx, &it); err != nil {
				return err
			}
		}
		for _, id := range remove {
			if _, err := tx.Exec(`DELETE FROM checklist_items WHERE id = ?`, id); err != nil {
				return err
			}
		}
		if err := setContestChannels(tx, *c); err != nil {
			return err
		}
		if moved, err = moveKeyPosts(tx, old, *c); err != nil {
			return err
		}
		if err := writeContest(tx, c); err != nil {
			return err
		}
		return settleStatus(tx, c.ID)
	})
	return moved, err
}

func writeContest(tx *sql.Tx, c *contest.Contest) error {
	c.Updated = time.Now().UTC().Truncate(time.Second)
	res, err := tx.Exec(`UPDATE contests SET client_id = ?, name = ?, kind = ?, start_at = ?, end_at = ?, zone = ?,
		prize = ?, prize_quantity = ?, prize_value = ?, currency = ?, regions = ?, min_age = ?, rules_link = ?,
		sponsor_name = ?, sponsor_address = ?, status = ?, updated_at = ? WHERE id = ?`,
		append(contestValues(*c), c.Updated.Format(time.RFC3339), c.ID)...)
	if err != nil {
		return err
	}
	return mustAffect(res, msg.New("That contest no longer exists; it may have been deleted."))
}

// moveKeyPosts keeps the contest's unpublished posts in step with it: they
// shift with their anchor date, the closing date and other facts their
// generated words state are reworded, and they follow a change of channels.
func moveKeyPosts(tx *sql.Tx, old, updated contest.Contest) ([]model.Post, error) {
	sameChannels := sameIDs(old.ChannelIDs, updated.ChannelIDs)
	zone, err := clientZone(tx, updated.ClientID)
	if err != nil {
		return nil, err
	}
	linked, err := keyPostsOf(tx, updated.ID)
	if err != nil {
		return nil, err
	}
	var moved []model.Post
	for _, lp := range linked {
		if lp.Post.Status == model.Published {
			continue // it went out as it was
		}
		p := contest.ShiftPost(lp.Post, lp.Kind, old, updated, zone)
		p = contest.RewordPost(p, old, updated)
		if !sameChannels {
			p.ChannelIDs = slices.Clone(updated.ChannelIDs)
		}
		if p.Date == lp.Post.Date && p.Time == lp.Post.Time && p.Text == lp.Post.Text && p.Link == lp.Post.Link &&
			slices.Equal(p.Hashtags, lp.Post.Hashtags) && sameChannels {
			continue
		}
		if err := updatePost(tx, &p); err != nil {
			return nil, keyPostFailed(lp.Kind, updated.Name, lp.Post.Date, err)
		}
		if p.Date != lp.Post.Date || p.Time != lp.Post.Time {
			moved = append(moved, p)
		}
	}
	return moved, nil
}

// sameIDs reports whether a and b hold the same IDs, in any order.
func sameIDs(a, b []int64) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// clientZone is the time zone the client's post times are written in.
func clientZone(q querier, clientID int64) (*time.Location, error) {
	var name string
	err := q.QueryRow(`SELECT time_zone FROM clients WHERE id = ?`, clientID).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, sentence(ErrNotFound, "That client no longer exists (it was deleted), so nothing was saved.")
	}
	if err != nil {
		return nil, err
	}
	return model.Client{TimeZone: name}.Location(), nil
}

func setContestChannels(tx *sql.Tx, c contest.Contest) error {
	if _, err := tx.Exec(`DELETE FROM contest_channels WHERE contest_id = ?`, c.ID); err != nil {
		return err
	}
	for _, id := range c.ChannelIDs {
		if _, err := tx.Exec(`INSERT OR IGNORE INTO contest_channels (contest_id, channel_id) VALUES (?, ?)`, c.ID, id); err != nil {
			return err
		}
	}
	return nil
}

// DeleteContest removes a contest with its checklist and draws. Its posts
// stay on the calendar as ordinary posts.
func (s *Store) DeleteContest(id int64) error {
	return s.inTx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM contests WHERE id = ?`, id)
		if err != nil {
			return err
		}
		return mustAffect(res, msg.New("That contest no longer exists; it may have been deleted."))
	})
}
