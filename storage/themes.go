package storage

import (
	"database/sql"
	"errors"
	"strings"
	"time"

	"kairos/model"
)

// Themes returns a client's weekday themes, Monday to Sunday. A client who
// never changed them gets the default themes.
func (s *Store) Themes(clientID int64) ([]model.WeekdayTheme, error) {
	rows, err := s.db.Query(`SELECT weekday, name, hashtags FROM weekday_themes WHERE client_id = ?`, clientID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	stored := map[time.Weekday]model.WeekdayTheme{}
	for rows.Next() {
		var t model.WeekdayTheme
		var tags string
		if err := rows.Scan(&t.Weekday, &t.Name, &tags); err != nil {
			return nil, err
		}
		if tags != "" {
			t.Hashtags = strings.Fields(tags)
		}
		stored[t.Weekday] = t
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(stored) == 0 {
		return model.DefaultThemes(), nil
	}
	list := make([]model.WeekdayTheme, 7)
	for i := range list {
		day := mondayFirst(i)
		list[i] = stored[day]
		list[i].Weekday = day // a day never stored has no theme
	}
	return list, nil
}

// SetThemes replaces a client's weekday themes. A weekday missing from
// themes is stored without a theme; if any theme is invalid, nothing changes.
func (s *Store) SetThemes(clientID int64, themes []model.WeekdayTheme) error {
	byDay := map[time.Weekday]model.WeekdayTheme{}
	var problems model.Problems
	for _, t := range themes {
		t.Normalize()
		if err := t.Validate(); err != nil {
			var p model.Problems
			if !errors.As(err, &p) {
				return err
			}
			problems = append(problems, p...)
			continue
		}
		if _, twice := byDay[t.Weekday]; twice {
			problems = append(problems, model.Problem("weekday", "{{.Day}} has two themes; keep one.", "Day", t.Weekday))
		}
		byDay[t.Weekday] = t
	}
	if len(problems) > 0 {
		return problems
	}
	return s.inTx(func(tx *sql.Tx) error {
		if _, err := tx.Exec(`DELETE FROM weekday_themes WHERE client_id = ?`, clientID); err != nil {
			return err
		}
		for i := range 7 {
			t := byDay[mondayFirst(i)]
			_, err := tx.Exec(`INSERT INTO weekday_themes (client_id, weekday, name, hashtags) VALUES (?, ?, ?, ?)`,
				clientID, int(mondayFirst(i)), t.Name, strings.Join(t.Hashtags, " "))
			if err != nil {
				return clientGone(err)
			}
		}
		return nil
	})
}

// mondayFirst is the i-th day of a week that starts on Monday.
func mondayFirst(i int) time.Weekday { return time.Weekday((i + 1) % 7) }
