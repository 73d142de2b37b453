scenario { id = "hostile", start = "a" }
node "a" { say = "hi", ending = { outcome = "done" } }
os.execute("touch /tmp/coach-sandbox-escaped")
