package contest

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"
)

// The phrasings the post checks look for, in English plus the common
// Russian and Greek ones. Go's \b only knows ASCII letters, so the Russian
// and Greek parts match on word stems instead. They aim to catch the usual
// wording, not every one: a missed phrase costs less than a false alarm
// the user learns to ignore.

// re is a case-insensitive pattern made of parts joined by "|".
func re(parts ...string) *lazyRE {
	return lazy(`(?i)(?:` + strings.Join(parts, `|`) + `)`)
}

// lazyRE compiles its pattern on first use: the checks run only when a
// contest post is looked at, and compiling them all at start cost every
// launch of Kairos about 2 ms.
type lazyRE struct{ get func() *regexp.Regexp }

func lazy(pattern string) *lazyRE {
	return &lazyRE{sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })}
}

func (l *lazyRE) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *lazyRE) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }

func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}

func (l *lazyRE) FindStringSubmatch(s string) []string { return l.get().FindStringSubmatch(s) }

func (l *lazyRE) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}

const (
	// entryGoal is "to enter", "for a chance to win"... in the three languages.
	entryGoal = `(?:to\s+(?:enter|win|play|be\s+entered|participate|take\s+part|qualify|join)\b` +
		`|for\s+(?:a|an|your|extra|more|another|bonus)\s+(?:\w+\s+)?(?:chances?|entry|entries)\b` +
		`|чтобы\s+(?:участвовать|принять\s+участие|выиграть|попасть\s+в\s+розыгрыш)|для\s+участия` +
		`|για\s+(?:να\s+)?(?:συμμετ|κερδ|λ[άα]β)\S*|για\s+συμμετοχ\S*)`
	// quantity and friends are who a tag request names: "a friend", "3
	// friends", "your bestie"...
	quantity = `(?:a|an|one|your|\d+|two|three|four|five|ten|some|all\s+(?:of\s+)?your|as\s+many)`
	friends  = `(?:friends?|mates?|buddy|buddies|pals?|besties?|bffs?|people|persons|someone|somebody|others)\b`
	// media is what a photo tag lands on.
	media = `(?:photos?|pictures?|pics?|posts?|images?|videos?|reels?|carousels?|shots?|selfies?)\b`
)

var (
	// Sharing on a personal timeline or sharing as the way to enter.
	shareTimelineRE = re(
		`\b(?:re)?(?:share|post)(?:s|d|ing)?\b[^.!?\n]{0,40}?\b(?:on|to|onto|in)\s+(?:(?:(?:your|their|his|her|a)\s+)?(?:best\s+)?friends?['’]s?|your|their|his|her|someone['’]?s)\s+(?:own\s+)?(?:timelines?|walls?|profiles?|feeds?)\b`,
		`\b(?:re)?share(?:s|d)?\b(?:\s+(?:this|the|our|my|it)(?:\s+\w+)?)?(?:\s+with\s+`+quantity+`\s+(?:\w+\s+)?`+friends+`)?(?:\s*(?:,|&|\+|\band\b|\bor\b)\s*\w+){0,3}\s+`+entryGoal,
		`(?:репост\S*|подел(?:ись|итесь)\s+(?:этим\s+|нашим\s+)?(?:пост|запис|публикаци)\S*)[^.!?\n]{0,40}?(?:(?:на|в)\s+(?:сво|ваш|тво)\S*\s+(?:стен|хроник|лент|страниц)\S*|`+entryGoal+`)`,
		`(?:κοινοπο[ιί]\S*|share)[^.!?\n]{0,40}?στ(?:ο|ον)\s+(?:χρονολ[όο]γι|το[ίι]χο|προφ[ίι]λ)`,
		`κοινοπο[ιί]\S*(?:\s+\S+){0,3}?\s+`+entryGoal,
		`\b(?:re)?share(?:s|d)?\b[^.!?\n]{0,30}?\b(?:on|to|in)\s+(?:facebook|fb|your\s+(?:own\s+)?(?:page|feed|story|stories))\b[^.!?\n]{0,30}?`+entryGoal,
	)
	// Asking people to tag friends (in the comments or anywhere).
	tagFriendsRE = re(
		`\b(?:tag|tagging|@?mention)\s+(?:`+quantity+`\s+(?:\w+\s+)?)?`+friends,
		`(?:отмет(?:ь|ьте|ите)|тегн(?:и|ите))\s+(?:\S+\s+){0,2}?(?:друз|друг|подруг)`,
		`(?:tag|ταγκ\S*|τ[άα]γκ\S*)\s+(?:\S+\s+){0,2}?φ[ιί]λ`,
	)
	// Asking people to tag themselves or others in the content itself.
	inaccurateTagRE = re(
		`\btag\s+(?:yourself|yourselves|you|(?:`+quantity+`\s+(?:\w+\s+)?)?`+friends+`)\s+(?:in|on)\s+(?:this|the|our|that|my)\s+(?:\w+\s+)?`+media,
		`\btag\s+yourself\b[^.!?\n]{0,30}?`+entryGoal,
		`(?:отмет(?:ь|ьте|ите)|тегн(?:и|ите))\s+(?:себя|друз\S*|друг\S*|подруг\S*)\s+(?:на|в)\s+(?:этом\s+|этой\s+|нашем\s+|нашей\s+)?(?:фото|снимк|картинк|пост|публикаци|видео)`,
		`(?:tag|ταγκ\S*|τ[άα]γκ\S*)\s+(?:\S+\s+){0,3}?στ(?:η|ην|ο)\s+(?:\S+\s+)?(?:φωτογραφ|φωτο|αν[άα]ρτησ|post|β[ίι]ντεο)`,
	)
	// Hashtags US guidance accepts, and the unclear ones.
	clearTagRE    = re(`#(?:contests?|sweepstakes)(?:[^\p{L}\p{N}_]|$)`)
	sweepsTagRE   = re(`#sweeps(?:[^\p{L}\p{N}_]|$)`)
	giveawayTagRE = re(`#giveaways?(?:[^\p{L}\p{N}_]|$)`)
	noPurchaseRE  = re(`\bno\s+(?:purchase|payment)(?:\s+or\s+(?:purchase|payment))?(?:\s+of\s+any\s+kind)?\s+(?:is\s+)?(?:necessary|required|needed)\b`,
		`\bpurchase\s+(?:is\s+)?not\s+(?:necessary|required|needed)\b`,
		`\b(?:don['’]t|do\s+not|doesn['’]t|does\s+not)\s+(?:have|need)\s+to\s+(?:buy|purchase|pay\s+for)\s+anything\b`,
		`\bnothing\s+to\s+(?:buy|purchase)\b`)
	// Phrases that mention buying only to rule it out; removed before
	// paidEntryRE looks, since Go's regexps cannot look behind.
	notPaidRE = re(
		`\bno\s+(?:purchase|payment)(?:\s+or\s+(?:purchase|payment))?(?:\s+of\s+any\s+kind)?\s+(?:is\s+)?(?:necessary|required|needed)\b`,
		`\bpurchase\s+(?:is\s+)?not\s+(?:necessary|required|needed)\b`,
		`\b(?:don['’]t|do\s+not)\s+(?:have|need)\s+to\s+(?:buy|pay|purchase|order)\b`,
		`\b(?:a\s+)?purchase\s+(?:is\s+not|isn['’]t|will\s+not|won['’]t|does\s+not|doesn['’]t)\s+\w+`,
		`\b(?:don['’]t|do\s+not|no\s+need\s+to|without)\s+(?:need\s+to\s+)?(?:a\s+)?(?:buy|pay|purchas|order)\w*`,
		`\bin\s+order\s+to\b|\bnothing\s+to\s+buy\b`,
		`без\s+(?:покупки|оплаты)|покупк\S*\s+не\s+(?:требуется|обязательн\S*|нужн\S*)`,
		`χωρ[ίι]ς\s+(?:καμ[ίι]α\s+)?αγορ[άα]|δεν\s+απαιτε[ίι]ται\s+αγορ[άα]`,
	)
	paidEntryRE = re(
		`\b(?:buy|buying|purchas\w*|order|ordering|pay|paying|spend|spending)\b[^.!?\n]{0,40}?\s+`+entryGoal,
		`\b(?:with|for)\s+(?:every|each|any)\s+(?:purchase|order)\b`,
		`\b(?:every|each)\s+(?:purchase|order)\s+(?:enters|gets|earns|gives|counts)\b`,
		`\bpurchase\s+(?:is\s+)?(?:required|necessary|needed)\b|\bproof\s+of\s+purchase\b`,
		`(?:купи\S*|покупк\S*|закаж\S*|оплат\S*)[^.!?\n]{0,40}?`+entryGoal,
		`при\s+(?:покупке|заказе)|за\s+каждую\s+покупку`,
		`με\s+κ[άα]θε\s+αγορ[άα]|αγορ[άα]\S*[^.!?\n]{0,40}?`+entryGoal,
	)
	// Words that introduce the closing date: "closes 8 June", "until June
	// 8th", "до 8 июня", "έως 8 Ιουνίου". The date itself is found after
	// them by closingDates.
	closingWordRE = re(
		`\b(?:closes?|closing(?:\s+date)?|closed|ends?|ending|until|till|deadline|runs\s+(?:to|until|till)|enter\s+by|entries\s+(?:\w+\s+){0,3}?by)\b`,
		`заканчивается|завершается|закончится|завершится|(?:^|[\s(])до\s`,
		`λ[ήη]γει|λ[ήη]ξη|[έε]ως|μ[έε]χρι`,
	)
	// sentenceEndRE ends the stretch after a closing word where its date
	// may be; "Jun. 8" does not end a sentence, ". Winners" does.
	sentenceEndRE = lazy(`[!?\n]|\.\s+\p{Lu}`)
	// unitAfterRE is a unit after a number: "2.5 hours" is no date.
	unitAfterRE   = re(`^\s*(?:h|hrs?|hours?|days?|weeks?|months?|%|am|pm|min)\b`)
	numericDateRE = lazy(`^(\d{1,2})[./-](\d{1,2})`)
)

// monthEN is an English month name or its usual abbreviation.
const monthEN = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	monthsRU = strings.Fields("января февраля марта апреля мая июня июля августа сентября октября ноября декабря")
	monthsEL = strings.Fields("ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου")

	// anyDateRE finds a written date of any day in the forms dateRE knows,
	// to compare with the close.
	anyDateRE = re(
		`\b\d{4}-\d{2}-\d{2}\b`,
		`\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+`+monthEN+`\b`,
		`\b`+monthEN+`\.?\s+\d{1,2}(?:st|nd|rd|th)?\b`,
		`\b\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?\b`,
		`\b\d{1,2}\s+(?:`+strings.Join(monthsRU, "|")+`|`+strings.Join(monthsEL, "|")+`)`,
	)
)

// closingDates are the dates the text gives as the close: the first date
// within a few words after each closing word, in the same sentence.
func closingDates(text string) []string {
	var dates []string
	for _, word := range closingWordRE.FindAllStringIndex(text, -1) {
		rest := text[word[1]:]
		if end := sentenceEndRE.FindStringIndex(rest); end != nil {
			rest = rest[:end[0]]
		}
		for _, m := range anyDateRE.FindAllStringIndex(rest, -1) {
			if m[0] > 40 {
				break
			}
			if date := rest[m[0]:m[1]]; plausibleDate(date, rest[m[1]:]) {
				dates = append(dates, date)
				break
			}
		}
	}
	return dates
}

// plausibleDate rules out numbers that only look like dates: "2.5 hours",
// "23.59", "10-40".
func plausibleDate(date, after string) bool {
	m := numericDateRE.FindStringSubmatch(date)
	if m == nil {
		return true
	}
	if unitAfterRE.MatchString(after) {
		return false
	}
	a, b := atoi(m[1]), atoi(m[2])
	return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31))
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// namesClose reports whether text gives c's closing day, in any form
// dateRE knows. A contest closing at midnight may also be given by the
// day that ends there ("closes midnight, 8 June" for 9 June 00:00).
func namesClose(c Contest, text string) bool {
	end := c.End.In(c.Location())
	if dateRE(end).MatchString(text) {
		return true
	}
	return end.Hour() == 0 && end.Minute() == 0 && dateRE(end.AddDate(0, 0, -1)).MatchString(text)
}

// dateRE matches day d in the forms people write it: 2 Jan, January 2nd,
// 02/01, 2.1, 1/2 (US order), 2027-01-02, 2 января, 2 Ιανουαρίου.
func dateRE(d time.Time) *lazyRE {
	day, month := d.Day(), d.Month()
	long := month.String()
	short := long[:3]
	if month == time.September {
		short = "Sept?"
	}
	names := fmt.Sprintf(`(?:%s|%s)`, long, short)
	dd := fmt.Sprintf(`0?%d(?:st|nd|rd|th)?`, day)
	return re(
		`\b`+dd+`(?:\s+of)?\s+`+names+`\b`,
		`\b`+names+`\.?\s+`+dd+`\b`,
		fmt.Sprintf(`\b0?%d[./-]0?%d\b`, day, month),
		fmt.Sprintf(`\b0?%d/0?%d\b`, month, day),
		regexp.QuoteMeta(d.Format(time.DateOnly)),
		fmt.Sprintf(`(?:^|\D)0?%d\s+(?:%s|%s)`, day, monthsRU[month-1], monthsEL[month-1]),
	)
}
