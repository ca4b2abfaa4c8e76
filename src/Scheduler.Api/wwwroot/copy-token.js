// The tokens page: shows the "Copy" button next to a newly issued token (it stays hidden without JavaScript, where the
// read-only field is selected and copied by hand) and copies the token when pressed.
(() => {
  for (const button of document.querySelectorAll("button[data-copy]")) {
    const field = document.getElementById(button.dataset.copy);
    const status = document.getElementById("copy-status");
    if (!field) continue;
    button.hidden = false;
    field.addEventListener("focus", () => field.select());
    button.addEventListener("click", async () => {
      field.select();
      try {
        await navigator.clipboard.writeText(field.value);
      } catch {
        document.execCommand("copy");
      }
      if (status) status.textContent = button.dataset.done || "";
    });
  }
})();
