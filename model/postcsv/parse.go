package postcsv

import (
	"errors"
	"sort"
	"strings"
	"unicode"

	"kairos/model"
	"kairos/model/draw"
	"kairos/model/msg"
)

// ErrNoPosts is the error for a file without a single post.
var ErrNoPosts = msg.Errorf("The file has no posts.")

// ErrNoContentColumn is the error for a mapping that would make empty posts.
var ErrNoContentColumn = msg.Errorf("Choose the column that holds the posts' text (or their hashtags, link, media or notes).")

// Row is one post read from the file.
type Row struct {
	// Line is the 1-based line of the file the post starts on.
	Line int
	Post model.Post
	// Reasons say why the row cannot be imported, each a sentence; none
	// when it can. The post then holds what could be read.
	Reasons []msg.Text
}

// Problem is the reasons in English as one clause, "" when the row can be
// imported: for the command line and tests.
func (r Row) Problem() string { return draw.JoinReasons(r.Reasons) }

// Parse reads every data row of rows (from draw.ReadRows: rows[i] is line
// i+1 of the file) as a post of clientID, as ParseEach does. When any row
// has a problem, every such row is reported by line in a draw.RowErrors and
// no post is returned: an import is all of the file or nothing.
func Parse(rows [][]string, m Mapping, channels []model.Channel, clientID int64) ([]Row, error) {
	list, err := ParseEach(rows, m, channels, clientID)
	if err != nil {
		return nil, err
	}
	var errs draw.RowErrors
	for _, r := range list {
		if len(r.Reasons) > 0 {
			errs = append(errs, draw.RowError{Line: r.Line, Reasons: r.Reasons})
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return list, nil
}

// ParseEach reads every data row as a post of clientID, placing the
// columns with m, and says what is wrong with each row that cannot be
// imported; a preview shows both. Blank rows are skipped, and so is the
// header when m has one. The error is for the mapping itself or a file
// with no posts.
//
// Each post is checked as the post editor checks it (model.Post.Validate
// against the client's channels: text limits, hashtags, a link that is a
// web address...). Its cells are read so:
//
//   - date: 2027-03-14, 2027/03/14, 14.03.2027, 14/03/2027 or 3/14/2027
//     (slashed dates as m.Dates says; Auto lets a day above 12 decide for
//     the whole file), 14 March 2027 or March 14, 2027; perhaps followed by
//     the time (09:30, 9:30 PM; with an offset, 2027-03-14T07:30:00Z, it
//     is moved into m.Zone). Time: 09:30, 9:30 PM.
//   - status: idea, draft, scheduled, published (and a few other words for
//     them, in English, Greek and Russian); empty is draft for a dated post
//     and idea for an undated one.
//   - type: a Kairos content type (text, photo, video, reel...) or a common
//     name for one (image, carousel, short); empty is text.
//   - channels: the client's channels by label (Instagram @olive.travel),
//     handle (@olive.travel or olive.travel), or platform (Instagram) when
//     the client has one channel there, in any case; several separated by
//     commas, semicolons, "|" or new lines; empty is m.DefaultChannels.
//   - hashtags: separated by spaces or commas, # optional.
//   - link: one web address; when the cell has several (Publer's link
//     carousels), the first is the link and the others go to the notes.
//   - media: one path or address per line, or several separated by commas.
//
// A row is a problem when it is shorter than the mapping needs, when any of
// its cells cannot be read, when every mapped cell is empty while other
// cells are not, or when the post is not valid.
func ParseEach(rows [][]string, m Mapping, channels []model.Channel, clientID int64) ([]Row, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	need := 0
	for _, f := range Fields() {
		need = max(need, m.Column(f)+1)
	}
	start := 0
	for start < len(rows) && blank(rows[start]) {
		start++
	}
	if m.Header {
		start++
	}
	data := func(yield func(line int, row []string) bool) {
		for i := start; i < len(rows); i++ {
			if !blank(rows[i]) && !yield(i+1, rows[i]) {
				return
			}
		}
	}
	r := reader{m: m, names: newChannelNames(channels, clientID), order: m.Dates, channels: channels, client: clientID}
	if col := m.Column(Date); col >= 0 && m.Dates == draw.Auto {
		r.order, r.dayLine, r.monthLine = fileOrder(func(yield func(int, string) bool) {
			for line, row := range data {
				if col < len(row) && !yield(line, row[col]) {
					return
				}
			}
		})
	}
	var list []Row
	for line, row := range data {
		if len(row) < need {
			list = append(list, newRow(line, model.NewIdea(clientID), []msg.Text{draw.ShortRow(len(row), need)}))
			continue
		}
		p, reasons := r.post(row)
		list = append(list, newRow(line, p, reasons))
	}
	if len(list) == 0 {
		return nil, ErrNoPosts
	}
	return list, nil
}

// newRow is the row of line with its post and the reasons it cannot be
// imported.
func newRow(line int, p model.Post, reasons []msg.Text) Row {
	return Row{Line: line, Post: p, Reasons: reasons}
}

// check reports a mapping that cannot make posts.
func (m Mapping) check() error {
	if m.Dates != draw.Auto && m.Dates != draw.DayFirst && m.Dates != draw.MonthFirst {
		return draw.DateOrderError(m.Dates)
	}
	byColumn := map[int][]Field{}
	for _, f := range Fields() {
		if col := m.Column(f); col >= 0 {
			byColumn[col] = append(byColumn[col], f)
		}
	}
	var cols []int
	for col, fields := range byColumn {
		if len(fields) > 1 {
			cols = append(cols, col)
		}
	}
	if len(cols) > 0 {
		sort.Ints(cols)
		fields := byColumn[cols[0]]
		return msg.Errorf("Column {{.Column}} is chosen for both \"{{.First}}\" and \"{{.Second}}\": each column can fill only one field.",
			"Column", cols[0]+1, "First", fields[0].Label(), "Second", fields[1].Label())
	}
	for _, f := range []Field{Text, Hashtags, Link, Media, Notes} {
		if m.Column(f) >= 0 {
			return nil
		}
	}
	return ErrNoContentColumn
}

// reader turns rows into posts.
type reader struct {
	m        Mapping
	names    channelNames
	channels []model.Channel
	client   int64
	order    draw.DateOrder
	// dayLine and monthLine are where the file's dates first settle the
	// order each way: when both are set, the file mixes orders and its
	// order-sensitive dates cannot be read.
	dayLine, monthLine int
}

// post reads one row (long enough for the mapping) as a post, with the
// reasons it cannot be imported.
func (r reader) post(row []string) (model.Post, []msg.Text) {
	cell := func(f Field) string {
		if col := r.m.Column(f); col >= 0 {
			return strings.TrimSpace(row[col])
		}
		return ""
	}
	p := model.NewIdea(r.client)
	var reasons []msg.Text
	failed := map[string]bool{} // fields whose cell could not be read
	bad := func(field string, reason msg.Text) {
		reasons = append(reasons, reason)
		failed[field] = true
	}
	empty := true
	for _, f := range Fields() {
		if cell(f) != "" {
			empty = false
		}
	}
	if empty {
		return p, []msg.Text{msg.New("The chosen columns are all empty in this row.")}
	}
	r.readWhen(&p, cell(Date), cell(Time), bad)
	p.Text, p.Pillar, p.Notes = cell(Text), cell(Pillar), cell(Notes)
	p.Hashtags = model.ParseHashtags(cell(Hashtags))
	p.Media = splitMedia(cell(Media))
	links := splitLinks(cell(Link))
	if len(links) > 0 {
		p.Link = links[0]
	}
	if len(links) > 1 {
		p.Notes = strings.TrimSpace(p.Notes + "\n\nOther links: " + strings.Join(links[1:], " ")) // i18n:content
	}
	if !p.Date.IsZero() {
		p.Status = model.Draft
	}
	if s := cell(Status); s != "" {
		if st, ok := parseStatus(s); ok {
			p.Status = st
		} else {
			bad("status", msg.New("\"{{.Cell}}\" is not a status: use idea, draft, scheduled or published.", "Cell", draw.Quoted(s)))
		}
	}
	if s := cell(Type); s != "" {
		t, ok := parseType(s)
		if !ok {
			bad("type", msg.New("\"{{.Cell}}\" is not a content type: use one of {{.Types}}.", "Cell", draw.Quoted(s), "Types", typeList()))
		}
		p.Type = t
	}
	if s := cell(Channels); s != "" {
		ids, reason, ok := r.names.find(s)
		if !ok {
			bad("channels", reason)
		}
		p.ChannelIDs = ids
	} else {
		p.ChannelIDs = append([]int64(nil), r.m.DefaultChannels...)
	}
	p.Normalize()
	if err := p.Validate(r.channels); err != nil {
		var problems model.Problems
		var local msg.Localized
		switch {
		case errors.As(err, &problems):
			for _, pr := range problems {
				if !failed[pr.Field] && !(failed["date"] && pr.Field == "time") {
					reasons = append(reasons, pr.Text)
				}
			}
		case errors.As(err, &local):
			reasons = append(reasons, local.Message())
		default:
			reasons = append(reasons, msg.New("The post is not valid: {{.Reason}}", "Reason", err.Error()))
		}
	}
	return p, reasons
}

// readWhen sets p's date and time from the date and time cells.
func (r reader) readWhen(p *model.Post, date, clock string, bad func(field string, reason msg.Text)) {
	if date != "" {
		if r.dayLine > 0 && r.monthLine > 0 {
			if _, ok := orderSensitive(date); ok {
				bad("date", draw.MixedOrders(date, r.dayLine, r.monthLine))
				return
			}
		}
		d, c, reason, ok := parseWhen(date, r.order, r.m.Zone)
		if !ok {
			bad("date", reason)
			return
		}
		p.Date, p.Time = d, c
	}
	if clock == "" {
		return
	}
	c, reason, ok := parseTimeCell(clock)
	switch {
	case !ok:
		bad("time", reason)
	case p.Time.Valid() && c != p.Time:
		bad("time", msg.New("The date says {{.DateTime}} but the time column says {{.Time}}.", "DateTime", p.Time, "Time", c))
	case p.Date.IsZero():
		bad("time", msg.New("The post has a time ({{.Time}}) but no date.", "Time", c))
	default:
		p.Time = c
	}
}

// statusWords are the other words for each status, compared after
// headerKey.
var statusWords = map[string]model.Status{
	"idea": model.Idea, "ideas": model.Idea, "backlog": model.Idea, "идея": model.Idea, "ιδεα": model.Idea,
	"draft": model.Draft, "drafts": model.Draft, "in progress": model.Draft, "черновик": model.Draft, "προχειρο": model.Draft,
	"scheduled": model.Scheduled, "planned": model.Scheduled, "queued": model.Scheduled, "ready": model.Scheduled,
	"запланирован": model.Scheduled, "запланировано": model.Scheduled, "προγραμματισμενο": model.Scheduled,
	"published": model.Published, "posted": model.Published, "sent": model.Published, "live": model.Published,
	"опубликован": model.Published, "опубликовано": model.Published, "δημοσιευμενο": model.Published,
}

func parseStatus(s string) (model.Status, bool) {
	st, ok := statusWords[headerKey(s)]
	return st, ok
}

// typeWords are the other names for content types, compared after
// headerKey; a type's own key is read as well.
var typeWords = map[string]model.ContentType{
	"status": model.Text, "post": model.Text, "text post": model.Text, "thread": model.Text,
	"image": model.Photo, "images": model.Photo, "picture": model.Photo, "photos": model.Photo,
	"carousel": model.Photo, "album": model.Photo, "gallery": model.Photo, "gif": model.Photo,
	"videos": model.Video, "short": model.Video, "shorts": model.Video,
	"podcast": model.Audio, "reels": model.Reel, "stories": model.Story,
	"url": model.LinkPost, "link post": model.LinkPost, "article": model.LinkPost,
	"faq": model.Question, "review": model.Testimonial, "promo": model.Offer, "promotion": model.Offer,
}

func parseType(s string) (model.ContentType, bool) {
	k := headerKey(s)
	if t := model.ContentType(k); t.Valid() {
		return t, true
	}
	t, ok := typeWords[k]
	if !ok {
		return model.Text, false
	}
	return t, true
}

// typeList names the content types for an error message.
func typeList() string {
	var names []string
	for _, t := range model.ContentTypes() {
		names = append(names, string(t))
	}
	return strings.Join(names, ", ")
}

// splitLinks reads a link cell: one address, or several separated by
// commas, spaces or new lines when each starts with http:// or https://.
func splitLinks(cell string) []string {
	links := strings.FieldsFunc(cell, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	for _, l := range links {
		if lower := strings.ToLower(l); !strings.HasPrefix(lower, "http://") && !strings.HasPrefix(lower, "https://") {
			return []string{cell}
		}
	}
	return links
}

// splitMedia splits a media cell into paths or addresses: one a line, or
// several on a line separated by commas. A comma followed by something that
// does not start a path or an address (https://x/w_100,h_80/a.jpg) stays in
// it.
func splitMedia(cell string) []string {
	var out []string
	for _, line := range strings.Split(cell, "\n") {
		parts := strings.Split(line, ",")
		cur := parts[0]
		for _, part := range parts[1:] {
			if startsPath(strings.TrimSpace(part)) {
				out = append(out, cur)
				cur = part
			} else {
				cur += "," + part
			}
		}
		out = append(out, cur)
	}
	var media []string
	for _, m := range out {
		if m = strings.TrimSpace(m); m != "" {
			media = append(media, m)
		}
	}
	return media
}

// startsPath reports whether s begins an address or a file path.
func startsPath(s string) bool {
	lower := strings.ToLower(s)
	for _, prefix := range []string{"http://", "https://", "file:", "/", "~/", `\\`} {
		if strings.HasPrefix(lower, prefix) {
			return true
		}
	}
	return len(s) >= 3 && s[1] == ':' && (s[2] == '\\' || s[2] == '/') // C:\ or C:/
}

// blank reports whether every cell of row is empty or spaces.
func blank(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}
