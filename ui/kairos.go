// Package ui is Kairos's Fyne interface. It receives a fyne.App and the
// store from main and never imports fyne/v2/app, so its tests run under
// Fyne's test driver without a display.
package ui

import (
	"errors"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"kairos/assets"
	"kairos/model"
	"kairos/model/consent"
	"kairos/model/contest"
	"kairos/storage"
)

// settingCurrentClient remembers the client switcher's choice between runs.
const settingCurrentClient = "current_client"

// Kairos is the main window and the state every screen shares.
type Kairos struct {
	app   fyne.App
	win   fyne.Window
	store *storage.Store
	now   func() time.Time

	calendar *calendarScreen
	editor   *postEditor    // the post editor opened last: lets tests reach its fields
	dayForm  *customDayForm // the special-day form opened last, likewise

	loadLater bool // the first screen loads when the app has started

	clients []model.Client
	current int64 // the switcher's client; 0 when there are none

	switcher *widget.Select
	nav      *navBar
	body     *fyne.Container
	screens  map[string]screen
	shown    string
}

// screen is one page behind a sidebar entry.
type screen interface {
	object() fyne.CanvasObject
	// refresh reloads what the screen shows from the store.
	refresh()
}

// Run builds the main window and blocks until it closes. The window opens
// first and the visible month loads right after, so a large database never
// delays the window.
func Run(a fyne.App, store *storage.Store, opts Options) {
	k := build(a, store, time.Now, true)
	if t := storedTheme(k); t != themeSystem { // the system's theme is already Fyne's
		applyTheme(a, t)
	}
	newReminders(k).start(30 * time.Second)
	if opts.LayoutDump != "" {
		k.dumpLayoutEvery(opts.LayoutDump, 250*time.Millisecond)
	}
	k.win.ShowAndRun()
}

// New builds the main window on store without showing it. now is the clock
// the screens use for "today"; tests pass a fixed one.
func New(a fyne.App, store *storage.Store, now func() time.Time) *Kairos {
	return build(a, store, now, false)
}

// build makes the window; with loadAfterStart the first screen's data is
// read once the app is running instead of before the window appears.
func build(a fyne.App, store *storage.Store, now func() time.Time, loadAfterStart bool) *Kairos {
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	k := &Kairos{app: a, store: store, now: now, win: a.NewWindow("Kairos"), loadLater: loadAfterStart}
	if loadAfterStart {
		// The first frame is up: read the month, then check the file.
		a.Lifecycle().SetOnStarted(func() {
			fyne.Do(func() {
				k.started()
				k.watchCheck()
			})
		})
	}
	k.win.Resize(fyne.NewSize(1200, 780))
	k.win.SetMaster()
	k.addShortcuts()
	k.loadClients()
	if len(k.clients) == 0 {
		k.win.SetContent(newFirstRun(k).object())
	} else {
		k.showMain()
	}
	return k
}

// Window is the main window.
func (k *Kairos) Window() fyne.Window { return k.win }

// showMain replaces whatever the window shows with the main layout.
func (k *Kairos) showMain() {
	k.calendar = newCalendar(k)
	k.screens = map[string]screen{screenCalendar: k.calendar}
	k.switcher = widget.NewSelect(nil, k.onClientSwitched)
	k.switcher.PlaceHolder = lang.L("Choose a client")
	k.refreshSwitcher()
	k.nav = newNavBar(k.show)
	k.body = container.NewStack()
	title := widget.NewLabelWithStyle("Kairos", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	top := container.NewBorder(nil, nil, title,
		container.NewHBox(widget.NewLabel(lang.L("Client")), container.NewGridWrap(fyne.NewSize(260, k.switcher.MinSize().Height), k.switcher)))
	layout := container.NewBorder(
		container.NewVBox(top, widget.NewSeparator()), nil,
		container.NewHBox(container.NewBorder(nil, container.NewPadded(k.helpButton()), nil, nil, k.nav.object()),
			widget.NewSeparator()), nil,
		k.body)
	// The drag layer floats the ghost of a dragged post above everything.
	k.win.SetContent(container.NewStack(layout, k.calendar.drag.layer))
	k.show(screenCalendar)
}

// relanguage shows the interface in the language just chosen in Settings:
// every screen is built anew in it, and Settings stays in view, scrolled
// to the language choice near its end. The undo list goes with the old
// calendar, whose views its steps refresh.
func (k *Kairos) relanguage() {
	ApplyLanguage(k.store)
	k.showMain()
	k.show(screenSettings)
	if s, ok := k.screens[screenSettings].(*settings); ok {
		s.scroll.ScrollToBottom()
	}
}

// show switches the body to the named screen, building it the first time:
// start-up builds only the calendar.
func (k *Kairos) show(name string) {
	s, ok := k.screens[name]
	if !ok {
		if s = k.newScreen(name); s == nil {
			return
		}
		k.screens[name] = s
	}
	k.shown = name
	k.nav.setActive(name)
	if k.loadLater {
		k.loadLater = false // the app's start hook loads it
	} else {
		s.refresh()
	}
	k.body.Objects = []fyne.CanvasObject{s.object()}
	k.body.Refresh()
}

// newScreen builds the named screen.
func (k *Kairos) newScreen(name string) screen {
	switch name {
	case screenIdeas:
		return newIdeas(k)
	case screenTestimonials:
		return newTestimonials(k)
	case screenContests:
		return newContests(k)
	case screenSettings:
		return newSettings(k)
	}
	return nil
}

// loadClients reads the clients and picks the current one: the remembered
// choice if it still exists, else the first.
func (k *Kairos) loadClients() {
	list, err := k.store.Clients()
	if err != nil {
		k.showError(err)
		return
	}
	k.clients = list
	remembered, _ := k.store.Setting(settingCurrentClient)
	id, _ := strconv.ParseInt(remembered, 10, 64)
	if k.current != 0 {
		id = k.current
	}
	k.current = 0
	for _, c := range list {
		if c.ID == id {
			k.current = id
		}
	}
	if k.current == 0 && len(list) > 0 {
		k.current = list[0].ID
	}
}

// clientsChanged reloads the clients after an edit and refreshes the
// switcher and the visible screen. selectID, when not 0, becomes current.
func (k *Kairos) clientsChanged(selectID int64) {
	if selectID != 0 {
		k.current = selectID
		if err := k.store.SetSetting(settingCurrentClient, strconv.FormatInt(selectID, 10)); err != nil {
			k.showError(err)
		}
	}
	if k.calendar != nil {
		k.calendar.clientSwitched()
	}
	k.loadClients()
	switch {
	case len(k.clients) == 0: // the last client was deleted: start again
		k.switcher, k.screens, k.calendar = nil, nil, nil
		k.win.SetContent(newFirstRun(k).object())
		return
	case k.switcher == nil:
		k.showMain()
		return
	}
	k.refreshSwitcher()
	k.refreshShown()
}

// started loads the first screen's data once the window is up.
func (k *Kairos) started() {
	k.loadLater = false
	k.refreshShown()
}

// selectClient makes id the current client and remembers the choice.
func (k *Kairos) selectClient(id int64) {
	if id == k.current {
		return
	}
	k.current = id
	if err := k.store.SetSetting(settingCurrentClient, strconv.FormatInt(id, 10)); err != nil {
		k.showError(err)
	}
	if k.calendar != nil {
		k.calendar.clientSwitched()
	}
	k.refreshSwitcher()
	k.refreshShown()
}

// refreshShown reloads the visible screen.
func (k *Kairos) refreshShown() {
	if s, ok := k.screens[k.shown]; ok {
		s.refresh()
	}
}

func (k *Kairos) refreshSwitcher() {
	names := make([]string, len(k.clients))
	selected := ""
	for i, c := range k.clients {
		names[i] = c.Name
		if c.ID == k.current {
			selected = c.Name
		}
	}
	k.switcher.SetOptions(names)
	if selected == "" {
		k.switcher.ClearSelected()
	} else if k.switcher.Selected != selected {
		k.switcher.SetSelected(selected)
	}
}

func (k *Kairos) onClientSwitched(name string) {
	for _, c := range k.clients {
		if c.Name == name {
			k.selectClient(c.ID)
		}
	}
}

// currentClient is the switcher's client.
func (k *Kairos) currentClient() (model.Client, bool) {
	for _, c := range k.clients {
		if c.ID == k.current {
			return c, true
		}
	}
	return model.Client{}, false
}

// addShortcuts binds the keyboard: Ctrl+Q quits, Ctrl+1..5 switch screens,
// and the calendar's keys work while the calendar is shown.
func (k *Kairos) addShortcuts() {
	c := k.win.Canvas()
	c.AddShortcut(ctrl(fyne.KeyQ), func(fyne.Shortcut) { k.app.Quit() })
	onCalendar := func(do func(c *calendarScreen)) func(fyne.Shortcut) {
		return func(fyne.Shortcut) {
			if k.calendar != nil && k.shown == screenCalendar {
				do(k.calendar)
			}
		}
	}
	c.AddShortcut(ctrl(fyne.KeyZ), onCalendar((*calendarScreen).undo))
	c.AddShortcut(ctrlShift(fyne.KeyZ), onCalendar((*calendarScreen).redo))
	c.AddShortcut(ctrl(fyne.KeyY), onCalendar((*calendarScreen).redo))
	c.AddShortcut(ctrl(fyne.KeyLeft), onCalendar(func(c *calendarScreen) { c.shift(-1) }))
	c.AddShortcut(ctrl(fyne.KeyRight), onCalendar(func(c *calendarScreen) { c.shift(1) }))
	c.AddShortcut(ctrl(fyne.KeyT), onCalendar((*calendarScreen).goToday))
	c.AddShortcut(ctrl(fyne.KeyG), onCalendar((*calendarScreen).askJump))
	c.AddShortcut(ctrl(fyne.KeyN), onCalendar(func(c *calendarScreen) { c.newPostOn(c.anchor) }))
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyF1 {
			k.showHelp()
			return
		}
		if k.calendar != nil {
			k.calendar.keyTyped(ev)
		}
	})
	for i, name := range screenOrder {
		name := name
		c.AddShortcut(ctrl(fyne.KeyName(strconv.Itoa(i+1))), func(fyne.Shortcut) {
			if k.screens != nil {
				k.show(name)
			}
		})
	}
}

// ctrl is Ctrl+key (Cmd+key on macOS).
func ctrl(key fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// ctrlShift is Ctrl+Shift+key (Cmd+Shift+key on macOS).
func ctrlShift(key fyne.KeyName) *desktop.CustomShortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

// showError tells the user what went wrong, in a dialog.
func (k *Kairos) showError(err error) {
	var problems model.Problems
	if errors.As(err, &problems) {
		dialog.ShowInformation(lang.L("Please check"), errText(problems), k.win)
		return
	}
	var notReady contest.NotReady
	if errors.As(err, &notReady) {
		k.showNotReady(notReady)
		return
	}
	var refusal consent.Refusal
	if errors.As(err, &refusal) {
		dialog.ShowInformation(lang.L("The testimonial's permission does not allow this"), errText(refusal), k.win)
		return
	}
	dialog.ShowError(errors.New(errText(err)), k.win)
}
