// Package postcsv reads planned posts from the rows of a CSV file (as
// draw.ReadRows gives them): which column fills which field of a post, a
// guess at that from the file's first row, and the reading itself, which
// checks every row and names the bad ones by their line in the file. Pure
// Go: no Fyne, no SQL.
package postcsv

import (
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"kairos/model/draw"
	"kairos/model/msg"
)

// Field is a part of a post that a column of the file can fill.
type Field string

// The fields, in the order Fields lists them. A Date cell may carry the
// time as well (2027-03-14 09:30, 14/03/2027 9:30 PM), so a file with one
// date-and-time column maps it to Date and leaves Time empty.
const (
	Date     Field = "date"
	Time     Field = "time"
	Text     Field = "text"
	Hashtags Field = "hashtags"
	Link     Field = "link"
	Media    Field = "media"
	Status   Field = "status"
	Type     Field = "type"
	Pillar   Field = "pillar"
	Channels Field = "channels"
	Notes    Field = "notes"
)

// Fields lists every field in the order a mapping form shows them.
func Fields() []Field {
	return []Field{Date, Time, Channels, Status, Type, Pillar, Text, Hashtags, Link, Media, Notes}
}

// Label is how the import form names f, which a message about the mapping
// names too.
func (f Field) Label() msg.Text {
	switch f {
	case Date:
		return msg.New("Date (and time)")
	case Time:
		return msg.New("Time")
	case Channels:
		return msg.New("Channels")
	case Status:
		return msg.New("Status")
	case Type:
		return msg.New("Type")
	case Pillar:
		return msg.New("Pillar")
	case Text:
		return msg.New("Text")
	case Hashtags:
		return msg.New("Hashtags")
	case Link:
		return msg.New("Link")
	case Media:
		return msg.New("Media")
	case Notes:
		return msg.New("Notes")
	}
	return msg.Text{Key: string(f)} // not one of Fields: its own name
}

// Mapping says how the rows of a file become posts.
type Mapping struct {
	// Columns places each field: a 0-based column index. A field that is
	// absent (or negative) is not in the file.
	Columns map[Field]int
	// Header is true when the first row that is not blank names the
	// columns instead of being a post.
	Header bool
	// Dates is how dates written with slashes or dashes after the day
	// (04/03/2027) are read; Auto decides from the file.
	Dates draw.DateOrder
	// Zone is the client's time zone: a time written with its offset
	// (2027-03-14T07:30:00Z) becomes the client's wall-clock time. Nil is UTC.
	Zone *time.Location
	// DefaultChannels are the channel IDs of a post whose channels cell is
	// empty, or of every post when no column holds channels. Empty: such
	// posts have no channel, which an idea or draft may.
	DefaultChannels []int64
}

// Column is the column f comes from, or -1.
func (m Mapping) Column(f Field) int {
	if i, ok := m.Columns[f]; ok && i >= 0 {
		return i
	}
	return -1
}

// headerNames are the column titles Guess recognises for each field,
// compared after headerKey: English (with Kairos's own, Publer's and
// other planners' titles), Greek and Russian.
var headerNames = map[Field][]string{
	Date: {"date", "day", "datetime", "date time", "date and time", "date & time", "when", "publish date",
		"publishing date", "publication date", "post date", "posting date", "scheduled date", "schedule",
		"scheduled for", "scheduled at", "scheduled time", "publish at", "published at", "send at",
		"дата", "день", "дата и время", "дата публикации", "когда",
		"ημερομηνία", "ημέρα", "ημερομηνία και ώρα", "ημερομηνία δημοσίευσης", "πότε"},
	Time: {"time", "hour", "publish time", "post time", "posting time", "time of day",
		"время", "время публикации", "час",
		"ώρα", "ώρα δημοσίευσης"},
	Text: {"text", "message", "caption", "body", "content", "post", "post text", "copy", "description",
		"status update", "tweet",
		"текст", "сообщение", "подпись", "пост", "текст поста", "запись", "публикация", "описание",
		"κείμενο", "μήνυμα", "λεζάντα", "ανάρτηση", "περιγραφή"},
	Hashtags: {"hashtags", "hashtag", "tags", "хэштеги", "хештеги", "теги", "χάσταγκ"},
	Link: {"link", "links", "link(s)", "url", "link url", "website", "cta link", "ссылка", "ссылки",
		"σύνδεσμος", "σύνδεσμοι"},
	Media: {"media", "media url", "media urls", "media url(s)", "media file", "media files", "image", "images",
		"image url", "photo", "photos", "picture", "attachment", "attachments", "attachment(s)", "file", "files",
		"медиа", "фото", "изображение", "картинка", "вложения", "файл",
		"πολυμέσα", "εικόνα", "εικόνες", "φωτογραφία", "αρχείο"},
	Status: {"status", "state", "stage", "статус", "состояние", "κατάσταση"},
	Type: {"type", "content type", "post type", "post subtype", "format", "kind",
		"тип", "формат", "тип поста", "вид", "τύπος", "είδος", "μορφή"},
	Pillar: {"pillar", "content pillar", "category", "label", "labels", "label(s)", "rubric", "theme", "topic",
		"рубрика", "категория", "тема", "метка",
		"κατηγορία", "πυλώνας", "θεματική", "θέμα"},
	Channels: {"channel", "channels", "account", "accounts", "profile", "profiles", "social profile",
		"social profiles", "network", "networks", "social network", "platform", "platforms", "page", "pages",
		"канал", "каналы", "аккаунт", "аккаунты", "соцсеть", "соцсети", "площадка", "платформа",
		"κανάλι", "κανάλια", "λογαριασμός", "λογαριασμοί", "πλατφόρμα", "δίκτυο"},
	Notes: {"notes", "note", "comment", "comments", "comment(s)", "internal note", "internal notes", "remarks",
		"заметки", "заметка", "примечание", "примечания", "комментарий", "комментарии",
		"σημειώσεις", "σημείωση", "σχόλια", "σχόλιο"},
}

// headerFields maps a column title's key to its field.
var headerFields = func() map[string]Field {
	m := map[string]Field{}
	for f, names := range headerNames {
		for _, n := range names {
			m[headerKey(n)] = f
		}
	}
	return m
}()

// headerKey is how a column title is compared: lower case, accents
// dropped (Ημερομηνία, ΗΜΕΡΟΜΗΝΙΑ), "_", "-", ".", "/" and brackets read as
// spaces, runs of spaces made one, and a trailing ":" or "*" ignored.
func headerKey(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case strings.ContainsRune("_-./()", r):
			b.WriteRune(' ')
		default:
			b.WriteRune(r)
		}
	}
	return strings.Trim(strings.Join(strings.Fields(b.String()), " "), " :*")
}

// Guess reads the mapping from the first row of the file (draw.FirstRow).
// A row with a recognised column title is a header: Kairos's own full
// export (id, date, time, time_zone, status, type, pillar, channels, text,
// hashtags, link, media, notes, created, updated), Publer's (Date, Text,
// Link(s), Media URL(s), Label(s), Comment(s), Post subtype...), or common
// titles in English, Greek and Russian, in any case; each title places its
// column, the first of each field winning. A row without one is a post:
// when its first cell is a date, the columns are Hootsuite's bulk file
// (date and time, message, link); otherwise the first column is the text.
func Guess(firstRow []string) Mapping {
	m := Mapping{Columns: map[Field]int{}}
	for i, cell := range firstRow {
		f, ok := headerFields[headerKey(cell)]
		if !ok {
			continue
		}
		m.Header = true
		if _, taken := m.Columns[f]; !taken {
			m.Columns[f] = i
		}
	}
	if m.Header || len(firstRow) == 0 {
		return m
	}
	if looksLikeDate(firstRow[0]) && len(firstRow) >= 2 {
		m.Columns[Date], m.Columns[Text] = 0, 1
		if len(firstRow) >= 3 {
			m.Columns[Link] = 2
		}
		return m
	}
	m.Columns[Text] = 0
	return m
}

// looksLikeDate reports whether s reads as a date one way or the other
// (01/03/2027 does, though the file must say which way).
func looksLikeDate(s string) bool {
	for _, order := range []draw.DateOrder{draw.DayFirst, draw.MonthFirst} {
		if _, _, _, ok := parseWhen(strings.TrimSpace(s), order, time.UTC); ok {
			return true
		}
	}
	return false
}
