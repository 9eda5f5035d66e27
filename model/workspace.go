package model

// Workspace is a set of clients with their channels and posts, linked by
// position rather than by database ID, so it can be built before anything is
// stored (the sample workspace) and written in one transaction.
type Workspace struct {
	Clients []ClientBundle
}

// ClientBundle is one client with everything that belongs to it.
type ClientBundle struct {
	Client   Client
	Channels []Channel
	Posts    []BundlePost
}

// BundlePost is a post whose channels are given as indexes into the bundle's
// Channels; its ClientID and ChannelIDs are filled in when it is stored.
type BundlePost struct {
	Post     Post
	Channels []int
}
